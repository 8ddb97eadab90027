package boardpack.cli;

import boardpack.compute.PackView;
import boardpack.write.pdf.BoardPackPdf;
import boardpack.write.pdf.Template;
import boardpack.write.pdf.TemplateException;
import java.io.IOException;
import java.io.OutputStream;

/** The board pack PDF as a pack part: a template problem passes through staging as a failure. */
final class BoardPackPart {

  private BoardPackPart() {}

  static void write(PackView view, Template template, OutputStream out) throws IOException {
    try {
      BoardPackPdf.write(view, template, out);
    } catch (TemplateException e) {
      throw new PackFailure(e.getMessage(), e);
    }
  }
}

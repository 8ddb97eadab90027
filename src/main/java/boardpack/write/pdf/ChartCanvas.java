package boardpack.write.pdf;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.function.Consumer;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * Draws Java2D (and JFreeChart) into a PDF form through OpenPDF's PdfGraphics2D, so charts stay
 * vectors with their text in the pack's embedded font; the result sits in a table cell or a page.
 */
final class ChartCanvas {

  private ChartCanvas() {}

  /** A {@code width} x {@code height} point picture painted by {@code painter}. */
  static Image draw(
      PdfContentByte content,
      PackFonts fonts,
      float width,
      float height,
      Consumer<Graphics2D> painter) {
    PdfTemplate form = content.createTemplate(width, height);
    Graphics2D graphics = form.createGraphics(width, height, fonts);
    try {
      graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      graphics.setFont(fonts.awt(false, 8));
      painter.accept(graphics);
    } finally {
      graphics.dispose();
    }
    return Image.getInstance(form);
  }
}

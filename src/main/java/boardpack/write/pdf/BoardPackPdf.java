package boardpack.write.pdf;

import boardpack.compute.PackHeader;
import boardpack.compute.PackView;
import boardpack.model.PageSize;
import boardpack.write.OutputName;
import boardpack.write.StagedOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The board pack as a PDF (outputs.md, The board pack): lays out the pack view in the template's
 * look and computes nothing. The pack is laid out until its page numbers settle (twice, normally),
 * so the contents and "Page X of Y" are written in place rather than patched in.
 */
public final class BoardPackPdf {

  private static final int MAX_PASSES = 4;

  private BoardPackPdf() {}

  /** {@code acme-2026-10-board-pack.pdf}. */
  public static String fileName(String organisation, YearMonth period) {
    return OutputName.stem(organisation, period) + "-board-pack.pdf";
  }

  /** Stages {@code <org>-<YYYY-MM>-board-pack.pdf} with the run's other outputs. */
  public static void stage(PackView view, Template template, StagedOutput output)
      throws IOException, TemplateException {
    PackStyle style = checkedStyle(view, template);
    String name = fileName(view.header().organisation(), view.header().period());
    output.write(name, out -> layOut(view, style, out));
  }

  /**
   * Writes the pack of {@code view} in {@code template}'s look.
   *
   * @throws TemplateException when the template's fonts cannot print a text of the plan
   */
  public static void write(PackView view, Template template, OutputStream out)
      throws IOException, TemplateException {
    layOut(view, checkedStyle(view, template), out);
  }

  /**
   * The template's style, once its fonts are known to print every text of the plan.
   *
   * @throws TemplateException naming a character the fonts lack and where it is
   */
  private static PackStyle checkedStyle(PackView view, Template template)
      throws IOException, TemplateException {
    PackFonts fonts = PackFonts.of(template);
    Glyphs.check(view, template, fonts);
    return new PackStyle(template, fonts);
  }

  private static void layOut(PackView view, PackStyle style, OutputStream out) throws IOException {
    Layout layout = new Layout(List.of(), 0);
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      Layout next = render(view, style, layout, pdf);
      if (next.equals(layout) || pass == MAX_PASSES - 1) {
        pdf.writeTo(out);
        return;
      }
      layout = next;
    }
  }

  /** Where the headings landed and how many pages there were. */
  private record Layout(List<ContentsEntry> headings, int pages) {}

  private static Layout render(PackView view, PackStyle style, Layout previous, OutputStream out)
      throws IOException {
    PackHeader header = view.header();
    String period = style.labels().month(header.period(), "format.period");
    Document document = new Document(pageSize(header.pageSize()), 50, 50, 62, 56);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPdfVersion(PdfWriter.VERSION_1_7); // OpenPDF 3 writes 2.0, which older readers refuse
    writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
    writer.setCompressionLevel(9);
    String headerText = style.labels().format("header.text", header.organisation(), period);
    PageFrame frame = new PageFrame(style, headerText, header.confidentiality(), previous.pages());
    writer.setPageEvent(frame);
    metadata(document, header.organisation(), period, style);
    document.open();
    PackDocument pack = new PackDocument(document, writer, frame, style);
    Cover.add(pack, header, period);
    Contents.add(pack, previous.headings());
    PackSections.add(pack, view);
    document.close();
    return new Layout(frame.placedHeadings(), frame.pages());
  }

  private static void metadata(
      Document document, String organisation, String period, PackStyle style) {
    document.addTitle(organisation + " \u2013 " + style.label("cover.title") + " \u2013 " + period);
    document.addAuthor(organisation);
    document.addSubject(period);
    document.addCreator("boardpack");
  }

  private static Rectangle pageSize(PageSize size) {
    return switch (size) {
      case A4 -> org.openpdf.text.PageSize.A4;
      case LETTER -> org.openpdf.text.PageSize.LETTER;
    };
  }
}

package boardpack.write.pdf;

import boardpack.compute.PackHeader;
import boardpack.compute.PackView;
import boardpack.model.PageSize;
import boardpack.write.OutputName;
import boardpack.write.StagedOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The board pack as a PDF (outputs.md, The board pack): lays out the pack view in the template's
 * look and computes nothing. It is laid out once, straight to the output: cover, body, then the
 * contents, whose pages then move to follow the cover (PageOrder); the footers' "Page X of Y" are
 * forms filled in once every page is written, and the contents' numbers are exact because its
 * length is measured first on a scratch copy of the contents alone.
 */
public final class BoardPackPdf {

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
    PackHeader header = view.header();
    String period = style.labels().month(header.period(), "format.period");
    Document document = document(header.pageSize());
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPdfVersion(PdfWriter.VERSION_1_7); // OpenPDF 3 writes 2.0, which older readers refuse
    writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
    writer.setCompressionLevel(9);
    String headerText = style.labels().format("header.text", header.organisation(), period);
    PageFrame frame = new PageFrame(style, headerText, header.confidentiality());
    writer.setPageEvent(frame);
    metadata(document, header.organisation(), period, style);
    document.open();
    writer.setLinearPageMode(); // one flat page tree, which reorderPages needs
    PackDocument pack = new PackDocument(document, writer, frame, style);
    Cover.add(pack, header, period);
    PackSections.add(pack, view);
    pack.newPage();
    addContents(pack, frame, writer, header.pageSize());
    document.close();
  }

  /**
   * The contents after the body, whose headings it lists, then moved behind the cover; and the
   * pages' numbers, now that their order is known.
   */
  private static void addContents(
      PackDocument pack, PageFrame frame, PdfWriter writer, PageSize size) {
    List<ContentsEntry> headings = frame.placedHeadings();
    PageOrder order = pageOrder(headings, frame.pages(), pack.style(), size);
    Contents.add(pack, order.numbered(headings));
    pack.newPage(); // every page is in the page tree before it is reordered
    if (frame.pages() != order.pages()) {
      throw new IllegalStateException(
          "the contents took "
              + (frame.pages() - order.bodyEnd())
              + " pages, not the measured "
              + order.contentsPages());
    }
    reorder(writer, order);
    frame.numberPages(order);
  }

  /**
   * Where the pages go once the contents follows the cover. Its numbers need its length (a body
   * page moves down by it); its length is measured on scratch copies, first with the numbers it
   * would have on one page: only in type so large that a number wraps does it take another look.
   */
  private static PageOrder pageOrder(
      List<ContentsEntry> headings, int bodyEnd, PackStyle style, PageSize size) {
    int contentsPages = 1;
    for (int look = 0; look < 4; look++) {
      PageOrder order = new PageOrder(bodyEnd, bodyEnd + contentsPages);
      int measured = contentsPages(order.numbered(headings), style, size);
      if (measured == contentsPages) {
        return order;
      }
      contentsPages = measured;
    }
    throw new IllegalStateException("the contents' length does not settle");
  }

  /** How many pages the contents takes, laid out alone on a scratch document thrown away. */
  private static int contentsPages(List<ContentsEntry> entries, PackStyle style, PageSize size) {
    Document scratch = document(size);
    PdfWriter writer = PdfWriter.getInstance(scratch, OutputStream.nullOutputStream());
    PageFrame frame = new PageFrame(style, "", "");
    writer.setPageEvent(frame);
    scratch.open();
    Contents.add(new PackDocument(scratch, writer, frame, style), entries);
    scratch.close();
    return frame.pages();
  }

  private static void reorder(PdfWriter writer, PageOrder order) {
    try {
      writer.reorderPages(order.writtenOrder());
    } catch (DocumentException e) {
      throw new IllegalStateException("the pack's pages cannot be reordered", e);
    }
  }

  private static Document document(PageSize size) {
    return new Document(pageSize(size), 50, 50, 62, 56);
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

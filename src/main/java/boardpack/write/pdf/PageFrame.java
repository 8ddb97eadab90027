package boardpack.write.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws every page's header and footer but the cover's (organisation, period, confidentiality,
 * "Page X of Y") and turns each heading into a bookmark, noting the page it is written on for the
 * contents. The pack is laid out once and pages move afterwards (PageOrder), so "Page X of Y" goes
 * in a form left blank on each page and written by {@link #numberPages} once every page is out.
 */
final class PageFrame extends PdfPageEventHelper {

  /** Generic tags of headings start with this, then the heading's index. */
  static final String HEADING_TAG = "heading:";

  private final PackStyle style;
  private final String header;
  private final String confidentiality;
  private final List<ContentsEntry> headings = new ArrayList<>();
  private final List<ContentsEntry> placed = new ArrayList<>();

  /** The blank "Page X of Y" of each page but the cover, in the order the pages were written. */
  private final List<PageNumber> pageNumbers = new ArrayList<>();

  /** A page's blank "Page X of Y": a form as wide as the page, the text to end at {@code right}. */
  private record PageNumber(PdfTemplate form, float right) {}

  private PdfOutline section;
  private int pages;

  PageFrame(PackStyle style, String header, String confidentiality) {
    this.style = style;
    this.header = header;
    this.confidentiality = confidentiality;
  }

  /** Registers a heading; the tag goes on its chunk so the page it lands on is known. */
  String tagFor(int level, String title) {
    headings.add(new ContentsEntry(level, title, 0));
    return HEADING_TAG + (headings.size() - 1);
  }

  /** The headings with the pages they were written on, in order. */
  List<ContentsEntry> placedHeadings() {
    return List.copyOf(placed);
  }

  @Override
  public void onGenericTag(PdfWriter writer, Document document, Rectangle where, String tag) {
    if (!tag.startsWith(HEADING_TAG)) {
      return;
    }
    ContentsEntry heading = headings.get(Integer.parseInt(tag.substring(HEADING_TAG.length())));
    placed.add(new ContentsEntry(heading.level(), heading.title(), writer.getPageNumber()));
    PdfDestination destination = new PdfDestination(PdfDestination.FITH, where.getTop() + 12);
    PdfOutline root = writer.getRootOutline();
    PdfOutline parent = heading.level() == 1 || section == null ? root : section;
    PdfOutline outline = new PdfOutline(parent, destination, heading.title(), false);
    if (heading.level() == 1) {
      section = outline;
    }
  }

  /** Pages ended so far (the writer's number is one past once a page has ended). */
  int pages() {
    return pages;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    int page = writer.getPageNumber();
    pages = page;
    if (page == 1) {
      return; // the cover carries its own words
    }
    Rectangle size = document.getPageSize();
    float left = document.left();
    float right = document.right();
    PdfContentByte canvas = writer.getDirectContent();
    float top = size.getTop() - document.topMargin() + 18;
    float bottom = document.bottomMargin() - 24;
    show(canvas, Element.ALIGN_LEFT, style.smallMuted(header), left, top);
    show(canvas, Element.ALIGN_RIGHT, style.smallMuted(confidentiality), right, top);
    show(canvas, Element.ALIGN_LEFT, style.smallMuted(confidentiality), left, bottom);
    // as wide as the page, so no label however long is clipped; numberPages writes in it
    PdfTemplate pageNumber = canvas.createTemplate(size.getWidth(), 3 * style.sizes().small());
    canvas.addTemplate(pageNumber, 0, bottom - style.sizes().small());
    pageNumbers.add(new PageNumber(pageNumber, right));
    canvas.saveState();
    canvas.setColorStroke(style.palette().rule());
    canvas.setLineWidth(0.5f);
    canvas.moveTo(left, top - 5);
    canvas.lineTo(right, top - 5);
    canvas.moveTo(left, bottom + 11);
    canvas.lineTo(right, bottom + 11);
    canvas.stroke();
    canvas.restoreState();
  }

  /**
   * Writes "Page X of Y" in every page's footer, right-aligned at the text's right edge: X is the
   * number {@code order} gives the page, Y the page count.
   */
  void numberPages(PageOrder order) {
    for (int i = 0; i < pageNumbers.size(); i++) {
      PageNumber pageNumber = pageNumbers.get(i);
      int written = i + 2; // the cover has none
      String text = style.labels().format("footer.page", order.finalNumber(written), order.pages());
      Phrase phrase = style.smallMuted(text);
      show(
          pageNumber.form(),
          Element.ALIGN_RIGHT,
          phrase,
          pageNumber.right(),
          style.sizes().small());
    }
  }

  private static void show(PdfContentByte canvas, int alignment, Phrase text, float x, float y) {
    ColumnText.showTextAligned(canvas, alignment, text, x, y, 0);
  }
}

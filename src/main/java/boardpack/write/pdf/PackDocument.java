package boardpack.write.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;
import java.util.function.Consumer;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The pack being laid out: the OpenPDF document, its page frame and the style, with the few
 * building blocks every section uses (headings that become bookmarks, paragraphs, tables, charts).
 */
final class PackDocument {

  private final Document document;
  private final PdfWriter writer;
  private final PageFrame frame;
  private final PackStyle style;

  PackDocument(Document document, PdfWriter writer, PageFrame frame, PackStyle style) {
    this.document = document;
    this.writer = writer;
    this.frame = frame;
    this.style = style;
  }

  PackStyle style() {
    return style;
  }

  /** The OpenPDF document, for a layout its building blocks do not cover (LongTable). */
  Document document() {
    return document;
  }

  PdfWriter writer() {
    return writer;
  }

  Labels labels() {
    return style.labels();
  }

  /** The width text and tables may use. */
  float width() {
    return document.right() - document.left();
  }

  /** Room left on the current page, in points. */
  float roomLeft() {
    return writer.getVerticalPosition(false) - document.bottom();
  }

  /** A line of text at the foot of the current page's text area, under an accent rule. */
  void atBottom(Phrase phrase) {
    PdfContentByte canvas = writer.getDirectContent();
    float y = document.bottom() + 10;
    canvas.saveState();
    canvas.setColorStroke(style.palette().accent());
    canvas.setLineWidth(1.5f);
    canvas.moveTo(document.left(), y + phrase.getFont().getSize() + 8);
    canvas.lineTo(document.right(), y + phrase.getFont().getSize() + 8);
    canvas.stroke();
    canvas.restoreState();
    ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase, document.left(), y, 0);
  }

  /** Whether {@code elements} fit in the room left on this page (a trial layout, nothing drawn). */
  boolean fitsOnThisPage(List<Element> elements) {
    ColumnText trial = new ColumnText(writer.getDirectContent());
    trial.setSimpleColumn(
        document.left(), document.bottom(), document.right(), writer.getVerticalPosition(false));
    elements.forEach(trial::addElement);
    return !ColumnText.hasMoreText(trial.go(true));
  }

  /** Starts a new page unless {@code height} points are left on this one. */
  void keepRoom(float height) {
    if (roomLeft() < height) {
      document.newPage();
    }
  }

  void newPage() {
    document.newPage();
  }

  /** A section's heading on a new page: an entry of the contents and a bookmark. */
  void section(String title) {
    document.newPage();
    heading(1, title, style.heading(), 10);
  }

  /** A page's title that is neither in the contents nor a bookmark (the contents page's own). */
  void pageTitle(String title) {
    document.newPage();
    Paragraph paragraph = new Paragraph(title, style.heading());
    paragraph.setSpacingAfter(10);
    add(paragraph);
  }

  /** A part of a section: an indented entry of the contents and a child bookmark. */
  void part(String title) {
    heading(2, title, style.subheading(), 4);
  }

  /** A heading the contents leaves out. */
  void subheading(String title) {
    Paragraph paragraph = new Paragraph(title, style.subheading());
    paragraph.setSpacingBefore(8);
    paragraph.setSpacingAfter(4);
    paragraph.setKeepTogether(true);
    add(paragraph);
  }

  private void heading(int level, String title, Font font, float after) {
    String tag = frame.tagFor(level, title);
    Chunk chunk = new Chunk(title, font);
    chunk.setGenericTag(tag);
    chunk.setLocalDestination(tag);
    Paragraph paragraph = new Paragraph(chunk);
    paragraph.setSpacingBefore(level == 1 ? 0 : 10);
    paragraph.setSpacingAfter(after);
    add(paragraph);
  }

  void paragraph(String text) {
    paragraph(new Phrase(text, style.body()), 4);
  }

  /** A paragraph led as body text, whatever fonts its chunks carry. */
  void paragraph(Phrase phrase, float spacingAfter) {
    Paragraph paragraph = new Paragraph(phrase);
    paragraph.setLeading(style.sizes().body() * 1.35f);
    paragraph.setSpacingAfter(spacingAfter);
    add(paragraph);
  }

  /** Muted small text, for notes under a table or chart. */
  void note(String text) {
    paragraph(new Phrase(text, style.smallMuted()), 4);
  }

  void add(Element element) {
    document.add(element);
  }

  /** A vector picture drawn by {@code painter}, {@code width} x {@code height} points. */
  Image chart(float width, float height, Consumer<Graphics2D> painter) {
    return ChartCanvas.draw(writer.getDirectContent(), style.fonts(), width, height, painter);
  }

  /**
   * A small vector picture of lines and fills drawn straight in PDF operators, origin at the bottom
   * left: for the thousands of sparklines and bars of a large pack, where setting up a Graphics2D
   * for each cost more than the drawing.
   */
  Image figure(float width, float height, Consumer<PdfContentByte> painter) {
    PdfTemplate form = writer.getDirectContent().createTemplate(width, height);
    painter.accept(form);
    return Image.getInstance(form);
  }

  /** A table over the full width with hairline rules, its first {@code headerRows} repeated. */
  PdfPTable table(float[] relativeWidths, int headerRows) {
    PdfPTable table = new PdfPTable(relativeWidths);
    table.setWidthPercentage(100);
    table.setHeaderRows(headerRows);
    table.setSplitLate(false);
    table.setSplitRows(true);
    table.setSpacingAfter(6);
    return table;
  }

  /** A header cell: small bold text on the accent's rule. */
  PdfPCell headerCell(String text, int alignment) {
    PdfPCell cell = cell(new Phrase(text, style.smallBold()), alignment);
    cell.setBorderWidthBottom(0.8f);
    cell.setBorderColorBottom(style.palette().accent());
    cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
    return cell;
  }

  /** A body cell with a hairline under it. */
  PdfPCell cell(Phrase phrase, int alignment) {
    PdfPCell cell = ruled(new PdfPCell(phrase));
    cell.setHorizontalAlignment(alignment);
    cell.setLeading(0, 1.2f);
    return cell;
  }

  private PdfPCell ruled(PdfPCell cell) {
    cell.setBorder(PdfPCell.BOTTOM);
    cell.setBorderWidthBottom(0.3f);
    cell.setBorderColorBottom(style.palette().rule());
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    cell.setPaddingTop(2.5f);
    cell.setPaddingBottom(3.5f);
    cell.setPaddingLeft(3);
    cell.setPaddingRight(3);
    return cell;
  }

  PdfPCell cell(String text, Font font, int alignment) {
    return cell(new Phrase(text, font), alignment);
  }

  PdfPCell cell(Image image) {
    PdfPCell cell = ruled(new PdfPCell(image, false));
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    return cell;
  }

  /** A cell shaded for zebra rows. */
  static PdfPCell shaded(PdfPCell cell, Color fill) {
    cell.setBackgroundColor(fill);
    return cell;
  }
}

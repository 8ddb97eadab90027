package boardpack.write.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A table laid out every {@value #ROWS} rows while it is built, so a 5,000-KPI table is never held
 * whole: the rows so far go on the page and are let go. The parts are laid out in one column as
 * OpenPDF lays out a whole table (Document.add), so the pages break where they would for the whole
 * table: the header repeats on each new page only and the space after comes once. Adding each part
 * to the document instead would not do: after every table the document starts a new page when less
 * than two lines are left, also between the parts of one.
 */
final class LongTable {

  static final int ROWS = 200;

  private final PackDocument pack;
  private final PdfPTable table;
  private final int rowsPerPart;
  private final float spacingAfter;
  private ColumnText column;
  private int held;

  /** {@code table} with its header rows added and no other. */
  LongTable(PackDocument pack, PdfPTable table) {
    this(pack, table, ROWS);
  }

  LongTable(PackDocument pack, PdfPTable table, int rowsPerPart) {
    this.pack = pack;
    this.table = table;
    this.rowsPerPart = rowsPerPart;
    this.spacingAfter = table.spacingAfter();
    table.setComplete(false);
    table.setSpacingAfter(0);
  }

  /** Call before adding a row's cells: lays out the rows held once there are enough of them. */
  void nextRow() {
    if (held >= rowsPerPart) {
      layOutHeld();
    }
    held++;
  }

  /**
   * Call before adding the cells of a row with a background. It never starts a part: a part's
   * backgrounds are painted before its rules, so it would cover half the rule above it.
   */
  void nextShadedRow() {
    held++;
  }

  /** Lays out the last rows, ends the table and moves the document below it. */
  void end() {
    table.setComplete(true);
    table.setSpacingAfter(spacingAfter);
    layOutHeld();
    if (column != null) {
      continueBelow(column.getYLine());
    }
  }

  private void layOutHeld() {
    if (held == 0) {
      return;
    }
    if (column == null) {
      column = columnHere();
      if (!atTopOfPage()) {
        column.addElement(leadIn()); // as Document.add does: the table's spacing before applies
      }
    } else {
      column.addElement(leadIn()); // the part goes on where the last ended, without a header
      table.setSkipFirstHeader(true);
    }
    column.addElement(table);
    int status = column.go();
    while (ColumnText.hasMoreText(status)) {
      float top = nextPage();
      status = column.go();
      if (ColumnText.hasMoreText(status) && column.getYLine() == top) {
        throw new IllegalStateException("a row of the table is taller than a page");
      }
    }
    table.deleteBodyRows();
    held = 0;
  }

  /** Whether nothing has been laid out on the current page yet. */
  private boolean atTopOfPage() {
    return pack.writer().getVerticalPosition(true) >= pack.document().top();
  }

  /** A column over the room left on this page, as Document.add lays a table out in. */
  private ColumnText columnHere() {
    Document document = pack.document();
    PdfWriter writer = pack.writer();
    ColumnText here = new ColumnText(writer.getDirectContent());
    here.setSimpleColumn(
        document.left(), document.bottom(), document.right(), writer.getVerticalPosition(true));
    return here;
  }

  /** Starts a new page and moves the column to its text area; returns the area's top. */
  private float nextPage() {
    Document document = pack.document();
    document.newPage();
    float top = pack.writer().getVerticalPosition(false);
    column.setSimpleColumn(document.left(), document.bottom(), document.right(), top);
    return top;
  }

  /**
   * Moves the document down to {@code y}, where the table ended, by adding an empty table that
   * tall: the document then goes on as after a table it laid out itself.
   */
  private void continueBelow(float y) {
    float top = pack.writer().getVerticalPosition(false);
    // a hair short, so that it fits where the table itself did; no more than the room left
    float height = Math.min(top - y, top - pack.document().bottom()) - 0.001f;
    PdfPCell gap = new PdfPCell();
    gap.setBorder(PdfPCell.NO_BORDER);
    gap.setFixedHeight(Math.max(height, 0.001f));
    PdfPTable spacer = new PdfPTable(1);
    spacer.setWidthPercentage(100);
    spacer.addCell(gap);
    pack.add(spacer);
  }

  /** The empty line Document.add puts before a table that does not start a page. */
  private static Paragraph leadIn() {
    Paragraph line = new Paragraph();
    line.setLeading(0);
    return line;
  }
}

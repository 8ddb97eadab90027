package boardpack.write.pdf;

import org.openpdf.text.pdf.PdfPTable;

/**
 * A table laid out every {@value #ROWS} rows while it is built, so a 5,000-KPI table is never held
 * whole: the rows so far go on the page and are let go (OpenPDF's incomplete PdfPTable). It looks
 * as one table: its header repeats on each new page only, and its space after comes once, at its
 * end, which always keeps a row so the end is laid out.
 */
final class LongTable {

  static final int ROWS = 200;

  private final PackDocument pack;
  private final PdfPTable table;
  private final float spacingAfter;
  private int held;

  /** {@code table} with its header rows added and no other. */
  LongTable(PackDocument pack, PdfPTable table) {
    this.pack = pack;
    this.table = table;
    this.spacingAfter = table.spacingAfter();
    table.setComplete(false);
    table.setSpacingAfter(0);
  }

  /** Call before adding a row's cells: lays out the rows held once there are enough of them. */
  void nextRow() {
    if (held >= ROWS) {
      layOutHeld();
      held = 0;
    }
    held++;
  }

  /**
   * Call before adding the cells of a row with a background. It never starts a part: OpenPDF
   * paints a part's backgrounds before its rules, so it would cover half the rule above it.
   */
  void nextShadedRow() {
    held++;
  }

  /** Lays out the last rows and ends the table. */
  void end() {
    table.setComplete(true);
    table.setSpacingAfter(spacingAfter);
    layOutHeld();
  }

  /**
   * OpenPDF leaves the header off every part after the first, so that the parts join up; but a
   * part that starts a page (the part before it ended one exactly) needs it, as any page does.
   */
  private void layOutHeld() {
    if (pack.atTopOfPage()) {
      table.setSkipFirstHeader(false);
    }
    pack.add(table);
  }
}

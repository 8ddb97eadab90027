package boardpack.write.xlsx;

import boardpack.write.xlsx.CellStyles.Look;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/**
 * The Summary's blocks one under another: each a heading, a header row and its rows, made an Excel
 * table when the next block starts. Long lists stop at {@link #MAX_ROWS} with "and N more", so the
 * Summary stays one screen.
 */
final class SummaryBlocks {

  /** Rows of one list the Summary shows; the rest are counted, and listed on their sheet. */
  static final int MAX_ROWS = 15;

  private final SheetWriter sheet;
  private final SummaryTables tables;
  private int next;
  private String title;
  private int header = -1;
  private List<String> columns;

  SummaryBlocks(SheetWriter sheet, SummaryTables tables, int firstRow) {
    this.sheet = sheet;
    this.tables = tables;
    this.next = firstRow;
  }

  /** Starts a block: a blank row, its title, its header row. */
  void start(String blockTitle, List<String> blockColumns) {
    close();
    title = blockTitle;
    columns = blockColumns;
    next++;
    sheet.text(sheet.row(next++), 0, blockTitle, Look.SECTION);
    header = next;
    Row row = sheet.row(next++);
    for (int column = 0; column < blockColumns.size(); column++) {
      sheet.text(row, column, blockColumns.get(column), Look.HEADER);
    }
  }

  Row nextRow() {
    return sheet.row(next++);
  }

  /** A row saying the block has nothing to list. */
  void none(String text) {
    sheet.text(nextRow(), 1, text, Look.NOTE);
  }

  /** Rows written by another writer: continue below them. */
  void skipTo(int row) {
    next = row;
  }

  int next() {
    return next;
  }

  static <T> List<T> first(List<T> rows) {
    return rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows;
  }

  /** "and N more ..." after a list cut at {@link #MAX_ROWS}. */
  void more(int size, String where) {
    if (size > MAX_ROWS) {
      sheet.text(nextRow(), 1, "and " + (size - MAX_ROWS) + " more " + where, Look.NOTE);
    }
  }

  /** The block just written becomes an Excel table, so it can be filtered like the other sheets. */
  void close() {
    if (header >= 0) {
      tables.add(title, header, next - 1, columns);
      header = -1;
    }
  }
}

package boardpack.write.xlsx;

import boardpack.compute.Effect;
import boardpack.model.Figure;
import boardpack.model.Status;
import boardpack.write.xlsx.CellStyles.Look;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes typed cells into one sheet, row by row, with the shared styles, tracking the columns'
 * widths ({@link ColumnWidths}) and growing rows for wrapped text.
 */
final class SheetWriter {

  /** A dash stands for an absent figure; the reason is in the row's Notes. */
  static final String DASH = "–";

  private static final float LINE_POINTS = 15f;
  private static final float TITLE_POINTS = 24f;

  private final Sheet sheet;
  private final CellStyles styles;
  private final ColumnWidths widths = new ColumnWidths();

  SheetWriter(Sheet sheet, CellStyles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  Sheet sheet() {
    return sheet;
  }

  CellStyles styles() {
    return styles;
  }

  Row row(int index) {
    Row row = sheet.getRow(index);
    return row != null ? row : sheet.createRow(index);
  }

  /** Caps a column of long text (names, messages) so it wraps instead of growing. */
  void wrapAt(int column, int characters) {
    widths.cap(column, characters);
  }

  Cell text(Row row, int column, String text, Look look) {
    Cell cell = row.createCell(column);
    cell.setCellValue(text);
    cell.setCellStyle(styles.look(look));
    // Titles run across the empty cells to their right; they must not widen their column.
    if (look != Look.TITLE && look != Look.SUBTITLE && look != Look.SECTION) {
      widths.text(column, text);
    }
    if (look == Look.WRAP || look == Look.BOLD_WRAP || look == Look.NOTE) {
      fitHeight(row, widths.lines(column, text));
    }
    if (look == Look.TITLE) {
      row.setHeightInPoints(TITLE_POINTS);
    }
    return cell;
  }

  Cell text(Row row, int column, String text) {
    return text(row, column, text, Look.TEXT);
  }

  /** Text indented {@code depth} steps, for a level of a cascade. */
  Cell text(Row row, int column, String text, Look look, int depth) {
    Cell cell = text(row, column, text, look);
    if (depth > 0) {
      cell.setCellStyle(styles.indented(look, depth));
      widths.fit(column, text.length() + 2 * depth);
    }
    return cell;
  }

  /** A header row: bold on a light fill, wrapping, widths from its longest word. */
  void header(int rowIndex, List<String> names) {
    Row row = row(rowIndex);
    // Room for headings that wrap onto a second line; LibreOffice does not grow the row itself.
    row.setHeightInPoints(2 * LINE_POINTS);
    for (int column = 0; column < names.size(); column++) {
      Cell cell = row.createCell(column);
      cell.setCellValue(names.get(column));
      cell.setCellStyle(styles.look(Look.HEADER));
      for (String word : names.get(column).split(" ")) {
        widths.fit(column, word.length() + 3);
      }
    }
  }

  Cell number(Row row, int column, double value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    widths.number(column, value, style);
    return cell;
  }

  /** A figure in {@code format}, or a dash when it is absent. */
  Cell figure(Row row, int column, Figure figure, UnitFormat format) {
    if (figure.isAbsent()) {
      return text(row, column, DASH, Look.DASH);
    }
    return number(row, column, figure.value(), styles.number(format));
  }

  /** A figure coloured by its effect (favourable green, adverse red), or a dash when absent. */
  Cell effect(Row row, int column, Figure figure, UnitFormat format, Effect effect) {
    if (figure.isAbsent()) {
      return text(row, column, DASH, Look.DASH);
    }
    return number(row, column, figure.value(), styles.effect(format, effect));
  }

  /** A live formula carrying the engine's figure as its cached value. */
  Cell formula(Row row, int column, String formula, double cached, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellFormula(formula);
    cell.setCellValue(cached);
    cell.setCellStyle(style);
    widths.number(column, cached, style);
    return cell;
  }

  Cell status(Row row, int column, Status status) {
    Cell cell = row.createCell(column);
    String label = StatusLook.of(status).label();
    cell.setCellValue(label);
    cell.setCellStyle(styles.status(status));
    widths.text(column, label);
    return cell;
  }

  Cell month(Row row, int column, YearMonth month) {
    Cell cell = row.createCell(column);
    cell.setCellValue(month.atDay(1));
    cell.setCellStyle(styles.look(Look.MONTH));
    widths.fit(column, 10);
    return cell;
  }

  Cell link(Row row, int column, String text, Hyperlink link) {
    Cell cell = text(row, column, text, Look.LINK);
    cell.setHyperlink(link);
    return cell;
  }

  /** Autofilter over the table, frozen header and ID columns, and the tracked widths. */
  void finishTable(int headerRow, int lastRow, int lastColumn, int frozenColumns) {
    sheet.setAutoFilter(
        new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, lastColumn));
    sheet.createFreezePane(frozenColumns, headerRow + 1);
    applyWidths();
  }

  void applyWidths() {
    widths.applyTo(sheet);
  }

  private static void fitHeight(Row row, int lines) {
    float points = lines * LINE_POINTS;
    if (lines > 1 && points > row.getHeightInPoints()) {
      row.setHeightInPoints(points);
    }
  }
}

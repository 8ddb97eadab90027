package boardpack.write.xlsx;

import boardpack.compute.Effect;
import boardpack.model.Figure;
import boardpack.model.Status;
import boardpack.write.xlsx.CellStyles.Look;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes typed cells into one sheet, row by row, and remembers how wide each column's content is so
 * the columns fit it at the end (streamed rows are gone by then, so widths are tracked on the way).
 */
final class SheetWriter {

  /** A dash stands for an absent figure; the reason is in the row's Notes. */
  static final String DASH = "–";

  private static final int MAX_WIDTH = 60;
  private static final int MIN_WIDTH = 4;
  private static final float LINE_POINTS = 15f;
  private static final float TITLE_POINTS = 24f;

  private final Sheet sheet;
  private final CellStyles styles;
  private final Map<Integer, Integer> widthByColumn = new HashMap<>();
  private final Map<Integer, Integer> capByColumn = new HashMap<>();
  private final DataFormatter formatter = new DataFormatter();

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
    capByColumn.put(column, characters);
  }

  Cell text(Row row, int column, String text, Look look) {
    Cell cell = row.createCell(column);
    cell.setCellValue(text);
    cell.setCellStyle(styles.look(look));
    // Titles run across the empty cells to their right; they must not widen their column.
    if (look != Look.TITLE && look != Look.SUBTITLE && look != Look.SECTION) {
      fit(column, text);
    }
    if (look == Look.WRAP || look == Look.BOLD_WRAP || look == Look.NOTE) {
      fitHeight(row, lines(column, text));
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
      fitWidth(column, text.length() + 2 * depth);
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
        fitWidth(column, word.length() + 3);
      }
    }
  }

  Cell number(Row row, int column, double value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    fitNumber(column, value, style);
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
    fitNumber(column, cached, style);
    return cell;
  }

  Cell status(Row row, int column, Status status) {
    Cell cell = row.createCell(column);
    String label = StatusLook.of(status).label();
    cell.setCellValue(label);
    cell.setCellStyle(styles.status(status));
    fit(column, label);
    return cell;
  }

  Cell month(Row row, int column, YearMonth month) {
    Cell cell = row.createCell(column);
    cell.setCellValue(month.atDay(1));
    cell.setCellStyle(styles.look(Look.MONTH));
    fitWidth(column, 10);
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
    for (Map.Entry<Integer, Integer> width : widthByColumn.entrySet()) {
      int characters = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width.getValue()));
      sheet.setColumnWidth(width.getKey(), (characters + 2) * 256);
    }
  }

  // Wrapped text needs its row tall enough for every line: spreadsheets do not grow it on open.
  private int lines(int column, String text) {
    // A column of n character widths holds about 1.2 n characters of proportional text.
    int width = Math.max(MIN_WIDTH, capByColumn.getOrDefault(column, MAX_WIDTH) * 6 / 5);
    int lines = 0;
    for (String line : text.split("\n", -1)) {
      lines += Math.max(1, (line.length() + width - 1) / width);
    }
    return lines;
  }

  private static void fitHeight(Row row, int lines) {
    float points = lines * LINE_POINTS;
    if (lines > 1 && points > row.getHeightInPoints()) {
      row.setHeightInPoints(points);
    }
  }

  private void fit(int column, String text) {
    int longestLine = 0;
    for (String line : text.split("\n")) {
      longestLine = Math.max(longestLine, line.length());
    }
    fitWidth(column, longestLine);
  }

  private void fitNumber(int column, double value, CellStyle style) {
    String shown =
        formatter.formatRawCellContents(value, style.getDataFormat(), style.getDataFormatString());
    fitWidth(column, shown.length() + 1);
  }

  private void fitWidth(int column, int characters) {
    int capped = Math.min(characters, capByColumn.getOrDefault(column, MAX_WIDTH));
    widthByColumn.merge(column, capped, Math::max);
  }
}

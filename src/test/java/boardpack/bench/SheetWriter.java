package boardpack.bench;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes sheets as finance workbooks lay them out: a merged title, a note, a blank row, then a bold
 * frozen header on the fourth row and the data rows, streamed through SXSSF.
 */
final class SheetWriter {

  private static final int HEADER_ROW = 3;
  private static final String MONTH_PATTERN = "mmm yyyy";

  private final SXSSFWorkbook workbook;
  private final CellStyle title;
  private final CellStyle header;
  private final CellStyle monthHeader;
  private final CellStyle month;
  private final Map<Num.Format, CellStyle> numbers = new EnumMap<>(Num.Format.class);

  SheetWriter(SXSSFWorkbook workbook) {
    this.workbook = workbook;
    title = style(font(true, 14), null);
    header = style(font(true, 10), null);
    monthHeader = style(font(true, 10), MONTH_PATTERN);
    month = style(null, MONTH_PATTERN);
    for (Num.Format format : Num.Format.values()) {
      numbers.put(format, style(null, format.pattern));
    }
  }

  /** Writes one sheet; rows are written one at a time, so an Iterable can generate them. */
  void sheet(
      String name, String heading, String note, List<?> headers, Iterable<List<Object>> rows) {
    SXSSFSheet sheet = workbook.createSheet(name);
    text(sheet.createRow(0).createCell(0), heading).setCellStyle(title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
    text(sheet.createRow(1).createCell(0), note);
    Row headerRow = sheet.createRow(HEADER_ROW);
    for (int c = 0; c < headers.size(); c++) {
      Cell cell = headerRow.createCell(c);
      fill(cell, headers.get(c));
      cell.setCellStyle(headers.get(c) instanceof YearMonth ? monthHeader : header);
    }
    int next = HEADER_ROW + 1;
    for (List<Object> cells : rows) {
      Row row = sheet.createRow(next++);
      for (int c = 0; c < cells.size(); c++) {
        if (cells.get(c) != null) {
          fill(row.createCell(c), cells.get(c));
        }
      }
    }
    sheet.createFreezePane(Math.min(2, headers.size()), HEADER_ROW + 1);
    sheet.setColumnWidth(1, 34 * 256);
    // Strings join the shared table when their row is flushed; SXSSF flushes the rows left in
    // memory in no fixed sheet order, so flushing here keeps the bytes the same on every run.
    flush(sheet);
  }

  private static void flush(SXSSFSheet sheet) {
    try {
      sheet.flushRows();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void fill(Cell cell, Object value) {
    switch (value) {
      case String s -> cell.setCellValue(s);
      case Num n -> {
        cell.setCellValue(n.value());
        cell.setCellStyle(numbers.get(n.format()));
      }
      case Double d -> cell.setCellValue(d);
      case Integer i -> cell.setCellValue(i);
      // A month is a date cell on its first day, as Excel stores "Oct 2026" typed in a cell.
      case YearMonth m -> {
        cell.setCellValue(m.atDay(1));
        cell.setCellStyle(month);
      }
      default -> throw new IllegalArgumentException("cannot write " + value.getClass());
    }
  }

  private static Cell text(Cell cell, String value) {
    cell.setCellValue(value);
    return cell;
  }

  private CellStyle style(Font font, String pattern) {
    CellStyle style = workbook.createCellStyle();
    if (font != null) {
      style.setFont(font);
    }
    if (pattern != null) {
      style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
    }
    return style;
  }

  private Font font(boolean bold, int points) {
    Font font = workbook.createFont();
    font.setBold(bold);
    font.setFontHeightInPoints((short) points);
    return font;
  }
}

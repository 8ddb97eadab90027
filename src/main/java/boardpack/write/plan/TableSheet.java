package boardpack.write.plan;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a {@link Table} as a sheet: title, note, a blank row, then the bold, frozen header. */
final class TableSheet {

  /** The header is on the fourth row, below the title, the note and a spacer row. */
  static final int HEADER_ROW = 3;

  private static final int WIDE = 16;

  private TableSheet() {}

  static void write(XSSFWorkbook workbook, SheetStyles styles, String name, Table table) {
    XSSFSheet sheet = workbook.createSheet(name);
    text(sheet.createRow(0), 0, table.title()).setCellStyle(styles.title());
    text(sheet.createRow(1), 0, table.note()).setCellStyle(styles.note());
    Row header = sheet.createRow(HEADER_ROW);
    for (int c = 0; c < table.headers().size(); c++) {
      Object heading = table.headers().get(c);
      Cell cell = header.createCell(c);
      fill(cell, heading, styles);
      cell.setCellStyle(styles.header(heading instanceof YearMonth));
      sheet.setColumnWidth(c, table.widths().get(c) * 256);
      guide(sheet, styles, cell, heading);
    }
    List<List<Object>> rows = table.rows();
    for (int r = 0; r < rows.size(); r++) {
      writeRow(sheet.createRow(HEADER_ROW + 1 + r), rows.get(r), styles);
    }
    sheet.createFreezePane(table.frozenColumns(), HEADER_ROW + 1);
    printSetup(sheet, table);
  }

  // The header's note says what the column holds; an enumerated or ID column gets a drop-down.
  private static void guide(XSSFSheet sheet, SheetStyles styles, Cell header, Object heading) {
    Optional<ColumnGuide> guide =
        heading instanceof String text
            ? ColumnGuide.of(sheet.getSheetName(), text)
            : ColumnGuide.ofMonth(sheet.getSheetName());
    guide.ifPresent(
        g -> {
          HeaderGuides.note(header, g.note());
          if (g.isMonth()) {
            // A month typed in a new row shows as the months above it do.
            sheet.setDefaultColumnStyle(header.getColumnIndex(), styles.body(CellFormat.MONTH));
          }
          if (g.hasDropDown()) {
            HeaderGuides.dropDown(sheet, header.getColumnIndex(), HEADER_ROW, g);
          }
        });
  }

  private static void writeRow(Row row, List<Object> cells, SheetStyles styles) {
    for (int c = 0; c < cells.size(); c++) {
      if (cells.get(c) != null) {
        fill(row.createCell(c), cells.get(c), styles);
      }
    }
  }

  private static void fill(Cell cell, Object value, SheetStyles styles) {
    switch (value) {
      case String s -> {
        cell.setCellValue(s);
        cell.setCellStyle(styles.body(CellFormat.TEXT));
      }
      case Num n -> {
        cell.setCellValue(n.value());
        cell.setCellStyle(styles.body(n.format()));
      }
      case Number n -> {
        cell.setCellValue(n.doubleValue());
        cell.setCellStyle(styles.body(CellFormat.COUNT));
      }
      // A month is a date cell on its first day, as Excel stores "Oct 2026" typed in a cell.
      case YearMonth m -> {
        cell.setCellValue(m.atDay(1));
        cell.setCellStyle(styles.body(CellFormat.MONTH));
      }
      default ->
          throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName());
    }
  }

  private static Cell text(Row row, int column, String value) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    return cell;
  }

  // Landscape A4, header (and frozen columns) repeated, the 24-month sheets two pages wide so the
  // figures stay legible: prints and converts to PDF cleanly.
  private static void printSetup(XSSFSheet sheet, Table table) {
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) (table.headers().size() > WIDE ? 2 : 1));
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
    if (table.frozenColumns() > 0) {
      sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, table.frozenColumns() - 1));
    }
  }
}

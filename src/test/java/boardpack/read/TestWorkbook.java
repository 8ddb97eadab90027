package boardpack.read;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test-only builder of real POI workbooks. A row is a list of cells: String, Number, Boolean,
 * YearMonth or LocalDate (a date cell), {@link #formula}, {@link #uncached}, {@link #error}, or
 * null for no cell.
 */
final class TestWorkbook {

  record Formula(String formula, double cached, boolean hasCache, boolean emptyCache) {}

  record ErrorValue(FormulaError error) {}

  private final Workbook workbook;
  private final CellStyle dateStyle;
  private boolean titleRows;
  private boolean numbersAsFormulas;

  private TestWorkbook(Workbook workbook) {
    this.workbook = workbook;
    this.dateStyle = workbook.createCellStyle();
    dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("mmm-yy"));
  }

  static TestWorkbook xlsx() {
    return new TestWorkbook(new XSSFWorkbook());
  }

  /** A .xlsx written row by row to disk as it is built, for a workbook too large to hold. */
  static TestWorkbook streamedXlsx() {
    return new TestWorkbook(new SXSSFWorkbook());
  }

  static TestWorkbook xls() {
    return new TestWorkbook(new HSSFWorkbook());
  }

  static Formula formula(String formula, double cached) {
    return new Formula(formula, cached, true, false);
  }

  /** A formula with no saved result (.xlsx only; .xls always stores one). */
  static Formula uncached(String formula) {
    return new Formula(formula, 0, false, false);
  }

  /** A formula saved with an empty result, {@code <v></v>}, as openpyxl writes it (.xlsx only). */
  static Formula emptyCached(String formula) {
    return new Formula(formula, 0, false, true);
  }

  static ErrorValue error(FormulaError error) {
    return new ErrorValue(error);
  }

  /** Every sheet begins with a title row and a note row above its table. */
  TestWorkbook withTitleRows() {
    titleRows = true;
    return this;
  }

  /** Every number is written as a formula with its cached result. */
  TestWorkbook withNumbersAsFormulas() {
    numbersAsFormulas = true;
    return this;
  }

  SheetWriter sheet(String name) {
    SheetWriter writer = new SheetWriter(workbook.createSheet(name));
    if (titleRows) {
      writer
          .row(name + " of the plan, FY2026")
          .row("Note: figures in thousands; see the Notes sheet");
    }
    return writer;
  }

  Workbook workbook() {
    return workbook;
  }

  Path save(Path folder, String fileName) throws IOException {
    Path file = folder.resolve(fileName);
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    if (workbook instanceof SXSSFWorkbook streamed) {
      streamed.close(); // deletes its temporary files; it cannot be written twice
    }
    return file;
  }

  final class SheetWriter {
    private final Sheet sheet;
    private int next;

    private SheetWriter(Sheet sheet) {
      this.sheet = sheet;
    }

    SheetWriter row(Object... cells) {
      Row row = sheet.createRow(next++);
      for (int i = 0; i < cells.length; i++) {
        if (cells[i] != null) {
          write(row.createCell(i), cells[i]);
        }
      }
      return this;
    }

    SheetWriter blankRow() {
      next++;
      return this;
    }

    SheetWriter merge(String range) {
      sheet.addMergedRegion(CellRangeAddress.valueOf(range));
      return this;
    }

    Sheet sheet() {
      return sheet;
    }

    /** 1-based number of the row the next {@link #row} call writes. */
    int nextRowNumber() {
      return next + 1;
    }
  }

  private void write(Cell cell, Object value) {
    switch (value) {
      case String text -> cell.setCellValue(text);
      case Number number when numbersAsFormulas ->
          write(cell, formula(plain(number.doubleValue()) + "*1", number.doubleValue()));
      case Number number -> cell.setCellValue(number.doubleValue());
      case Boolean bool -> cell.setCellValue(bool);
      case YearMonth month -> write(cell, month.atDay(1));
      case LocalDate date -> {
        cell.setCellValue(date);
        cell.setCellStyle(dateStyle);
      }
      case Formula formula -> writeFormula(cell, formula);
      case ErrorValue error -> cell.setCellErrorValue(error.error().getCode());
      default -> throw new IllegalArgumentException("cannot write " + value);
    }
  }

  private static void writeFormula(Cell cell, Formula formula) {
    cell.setCellFormula(formula.formula());
    if (formula.hasCache()) {
      cell.setCellValue(formula.cached());
    } else if (cell instanceof XSSFCell xssf && formula.emptyCache()) {
      xssf.getCTCell().setV("");
    } else if (cell instanceof XSSFCell xssf && xssf.getCTCell().isSetV()) {
      xssf.getCTCell().unsetV();
    }
  }

  private static String plain(double number) {
    return BigDecimal.valueOf(number).toPlainString();
  }
}

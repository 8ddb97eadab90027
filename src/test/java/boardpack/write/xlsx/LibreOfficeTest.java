package boardpack.write.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.compute.PackView;
import boardpack.compute.ScorecardEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook opens in LibreOffice (it prints to PDF), LibreOffice recalculating every formula
 * finds exactly the cached values, and every sheet reads back with the same values.
 *
 * <p>LibreOffice 7.4 saves numbers (xlsx and ods alike) with 15 significant digits, so values that
 * went through it are compared at those 15 digits: {@code 0.010000000000000009} (0.61 - 0.6 in
 * doubles) comes back as {@code 0.01}. A wrong formula or a value off in any of its first 15 digits
 * still fails.
 */
class LibreOfficeTest {

  @TempDir static Path folder;
  private static SampleWorkbook sample;
  private static LibreOffice office;

  @BeforeAll
  static void write() throws Exception {
    office = LibreOffice.require(folder);
    sample = SampleWorkbook.writeInto(folder.resolve("out"));
  }

  @Test
  void recalculated_everyFormula_givesExactlyItsCachedValue() throws Exception {
    Path recalculated =
        office.convert(sample.workbook(), "xlsx:Calc MS Excel 2007 XML", folder.resolve("lo"));
    int formulas = 0;
    try (XSSFWorkbook written = sample.open();
        XSSFWorkbook again = open(recalculated)) {
      for (Sheet sheet : written) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              Cell other =
                  again
                      .getSheet(sheet.getSheetName())
                      .getRow(row.getRowNum())
                      .getCell(cell.getColumnIndex());
              assertEquals(
                  saved(cell.getNumericCellValue()),
                  saved(other.getNumericCellValue()),
                  sheet.getSheetName() + "!" + ((XSSFCell) cell).getReference());
              formulas++;
            }
          }
        }
      }
    }
    // All 16 KPIs have a month actual and a target or band: a variance and a variance % each
    assertEquals(32, formulas);
  }

  @Test
  void recalculated_actualADoubleRoundingFromTarget_cachesTheZeroLibreOfficeComputes()
      throws Exception {
    Path file = folder.resolve("nearly.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      ScorecardWorkbook.write(NearlyOnTarget.view(), InputFiles.none(), out);
    }

    Path recalculated =
        office.convert(file, "xlsx:Calc MS Excel 2007 XML", folder.resolve("lo-nearly"));

    try (XSSFWorkbook written = open(file);
        XSSFWorkbook again = open(recalculated)) {
      for (int column : new int[] {KpiSheet.VARIANCE, KpiSheet.VARIANCE_PERCENT}) {
        Cell cached = written.getSheet("KPIs").getRow(KpiSheet.HEADER_ROW + 1).getCell(column);
        Cell computed = again.getSheet("KPIs").getRow(KpiSheet.HEADER_ROW + 1).getCell(column);
        assertEquals(CellType.FORMULA, cached.getCellType());
        assertEquals(0.0, computed.getNumericCellValue());
        assertEquals(computed.getNumericCellValue(), cached.getNumericCellValue());
      }
    }
  }

  @Test
  void fiveThousandKpis_openInLibreOffice() throws Exception {
    Path file = folder.resolve("large.xlsx");
    PackView view =
        PackView.of(ScorecardEngine.compute(LargePlan.of(5000), LargePlan.PERIOD), List.of());
    try (OutputStream out = Files.newOutputStream(file)) {
      ScorecardWorkbook.write(view, InputFiles.none(), out);
    }

    // LibreOffice saves the first sheet, the Summary, as CSV once it has opened the workbook
    Path csv = office.convert(file, "csv", folder.resolve("lo-large"));

    // (in the machine's charset, which may not be UTF-8: only the ASCII start is compared)
    String text = new String(Files.readAllBytes(csv), StandardCharsets.ISO_8859_1);
    assertTrue(text.startsWith("Large Ltd: scorecard"), text.substring(0, 40));
  }

  @Test
  void recalculation_isReallyOn_aWrongCachedValueIsReplaced() throws Exception {
    Path wrong = folder.resolve("wrong.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(wrong)) {
      Cell cell = workbook.createSheet("S").createRow(0).createCell(0);
      cell.setCellFormula("1+1");
      cell.setCellValue(3);
      workbook.write(out);
    }

    Path recalculated =
        office.convert(wrong, "xlsx:Calc MS Excel 2007 XML", folder.resolve("lo-wrong"));

    try (XSSFWorkbook again = open(recalculated)) {
      assertEquals(2.0, again.getSheet("S").getRow(0).getCell(0).getNumericCellValue());
    }
  }

  @Test
  void savedByLibreOffice_everySheetReadsBackWithTheSameValues() throws Exception {
    Path saved =
        office.convert(sample.workbook(), "xlsx:Calc MS Excel 2007 XML", folder.resolve("lo-same"));
    List<String> differences = new ArrayList<>();
    try (XSSFWorkbook written = sample.open();
        XSSFWorkbook again = open(saved)) {
      assertEquals(names(written), names(again));
      for (Sheet sheet : written) {
        compare(sheet, again.getSheet(sheet.getSheetName()), differences);
      }
    }
    assertEquals(List.of(), differences);
  }

  @Test
  void printedToPdf_everySheetHasItsPages() throws Exception {
    Path pdf = office.convert(sample.workbook(), "pdf", folder.resolve("pdf"));

    byte[] bytes = Files.readAllBytes(pdf);
    assertTrue(new String(bytes, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
    // Summary, KPIs, OKRs, Trends, Leading-Lagging, Data quality: one page each at least
    assertTrue(
        count(new String(bytes, StandardCharsets.ISO_8859_1), "/Type /Page\n")
                + count(new String(bytes, StandardCharsets.ISO_8859_1), "/Type/Page")
            >= 6);
  }

  private static void compare(Sheet written, Sheet again, List<String> differences) {
    for (Row row : written) {
      for (Cell cell : row) {
        Row otherRow = again.getRow(row.getRowNum());
        Cell other = otherRow == null ? null : otherRow.getCell(cell.getColumnIndex());
        String where = written.getSheetName() + "!" + ((XSSFCell) cell).getReference();
        if (!same(cell, other)) {
          differences.add(where + ": " + cell + " became " + other);
        }
      }
    }
  }

  private static boolean same(Cell cell, Cell other) {
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.BLANK) {
      return other == null || other.getCellType() == CellType.BLANK || other.toString().isEmpty();
    }
    if (other == null) {
      return false;
    }
    return switch (type) {
      case NUMERIC -> saved(other.getNumericCellValue()).equals(saved(cell.getNumericCellValue()));
      case STRING -> other.getStringCellValue().equals(cell.getStringCellValue());
      default -> cell.toString().equals(other.toString());
    };
  }

  /**
   * A number as LibreOffice saves it: its shortest decimal (what Java's Double.toString gives)
   * rounded half up to 15 significant digits.
   */
  static BigDecimal saved(double value) {
    return BigDecimal.valueOf(value)
        .round(new MathContext(15, RoundingMode.HALF_UP))
        .stripTrailingZeros();
  }

  private static List<String> names(XSSFWorkbook workbook) {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  private static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }
}

package boardpack.write.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.model.Figure;
import boardpack.model.KpiScore;
import boardpack.model.LeadLagPair;
import boardpack.model.MonthPoint;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook shows exactly the CSVs' figures, read back by POI: full double precision in every
 * cell (formats only round the display), a dash where the CSV has an empty field.
 */
class ScorecardFiguresTest {

  @TempDir static Path folder;
  private static SampleWorkbook sample;
  private static XSSFWorkbook workbook;

  @BeforeAll
  static void write() throws Exception {
    sample = SampleWorkbook.writeInto(folder);
    workbook = sample.open();
  }

  @AfterAll
  static void close() throws IOException {
    workbook.close();
  }

  @Test
  void kpiRows_showTheCsvsActualTargetAttainmentAndToDateFigures_exactly() throws IOException {
    List<CSVRecord> csv = records(sample.csv("kpis"));
    Sheet kpis = workbook.getSheet(KpiSheet.NAME);

    assertEquals(16, csv.size());
    for (int i = 0; i < csv.size(); i++) {
      CSVRecord expected = csv.get(i);
      Row row = kpis.getRow(KpiSheet.HEADER_ROW + 1 + i);
      assertEquals(expected.get("id"), row.getCell(0).getStringCellValue());
      same(expected, "actual", row, KpiSheet.ACTUAL);
      same(expected, "target", row, KpiSheet.TARGET);
      same(expected, "attainment", row, KpiSheet.ATTAINMENT);
      same(expected, "qtd_actual", row, KpiSheet.QTD);
      same(expected, "qtd_target", row, KpiSheet.QTD + 1);
      same(expected, "qtd_attainment", row, KpiSheet.QTD + 2);
      same(expected, "ytd_actual", row, KpiSheet.YTD);
      same(expected, "ytd_target", row, KpiSheet.YTD + 1);
      same(expected, "ytd_attainment", row, KpiSheet.YTD + 2);
      same(expected, "annual_target", row, KpiSheet.ANNUAL);
      same(expected, "forecast", row, KpiSheet.ANNUAL + 1);
      same(expected, "required_run_rate", row, KpiSheet.ANNUAL + 3);
    }
  }

  @Test
  void okrRows_showTheCsvsProgressExpectedAndScores_exactly() throws IOException {
    Map<String, Row> rows = rowsById(workbook.getSheet(OkrSheet.NAME));

    for (CSVRecord kr : records(sample.csv("key-results"))) {
      Row row = rows.get(kr.get("id"));
      same(kr, "current", row, 6);
      same(kr, "progress", row, OkrSheet.PROGRESS);
      same(kr, "expected", row, OkrSheet.PROGRESS + 1);
    }
    for (CSVRecord objective : records(sample.csv("objectives"))) {
      Row row = rows.get(objective.get("id"));
      same(objective, "score", row, OkrSheet.PROGRESS);
      same(objective, "expected", row, OkrSheet.PROGRESS + 1);
    }
  }

  @Test
  void variance_revenueAboveTarget_isAFormulaCachingTheFavourableDifference() {
    Row rev = workbook.getSheet(KpiSheet.NAME).getRow(KpiSheet.HEADER_ROW + 1);
    Cell variance = rev.getCell(KpiSheet.VARIANCE);
    Cell percent = rev.getCell(KpiSheet.VARIANCE_PERCENT);

    // REV, October: actual 104,000 (ledger), target 1,200,000 / 12 = 100,000; B/(W) 4,000
    assertEquals("H4-J4", variance.getCellFormula());
    assertEquals(4000.0, variance.getNumericCellValue());
    // 4,000 / abs(100,000) = 0.04
    assertEquals("L4/ABS(J4)", percent.getCellFormula());
    assertEquals(0.04, percent.getNumericCellValue());
  }

  @Test
  void variance_costAboveTarget_isAdverse_negativeInBrackets() {
    Row opex = workbook.getSheet(KpiSheet.NAME).getRow(KpiSheet.HEADER_ROW + 3);
    Cell variance = opex.getCell(KpiSheet.VARIANCE);

    // OPEX (lower is better), October: actual 46,000, target 540,000 / 12 = 45,000;
    // B/(W) = target - actual = -1,000, adverse
    assertEquals("OPEX", opex.getCell(0).getStringCellValue());
    assertEquals("J6-H6", variance.getCellFormula());
    assertEquals(-1000.0, variance.getNumericCellValue());
    assertEquals("\"£\"#,##0;(\"£\"#,##0)", variance.getCellStyle().getDataFormatString());
  }

  @Test
  void trends_showEveryKpisHistory_exactly() {
    Sheet trends = workbook.getSheet(TrendSheet.NAME);
    List<KpiScore> kpis = sample.scorecard().kpis();

    for (int k = 0; k < kpis.size(); k++) {
      Row actuals = trends.getRow(TrendSheet.HEADER_ROW + 1 + 2 * k);
      Row targets = trends.getRow(TrendSheet.HEADER_ROW + 2 + 2 * k);
      assertEquals(kpis.get(k).id().text(), actuals.getCell(0).getStringCellValue());
      List<MonthPoint> history = kpis.get(k).history();
      assertEquals(TrendSheet.MONTHS, history.size());
      for (int m = 0; m < history.size(); m++) {
        sameOrEmpty(history.get(m).actual(), actuals.getCell(TrendSheet.FIRST_MONTH + m));
        sameOrEmpty(history.get(m).target(), targets.getCell(TrendSheet.FIRST_MONTH + m));
      }
    }
  }

  @Test
  void leadingLagging_showsEachPairsLagRAndN_exactly() {
    Sheet pairs = workbook.getSheet(LeadLagSheet.NAME);
    List<LeadLagPair> expected = sample.scorecard().pairs();

    assertEquals(2, expected.size());
    for (int p = 0; p < expected.size(); p++) {
      Row row = pairs.getRow(LeadLagSheet.HEADER_ROW + 1 + p);
      assertEquals(expected.get(p).leading().text(), row.getCell(0).getStringCellValue());
      assertEquals(
          (double) expected.get(p).bestLag().orElseThrow(), row.getCell(4).getNumericCellValue());
      assertEquals(expected.get(p).r().value(), row.getCell(5).getNumericCellValue(), 0.0);
      assertEquals(expected.get(p).pairs(), row.getCell(6).getNumericCellValue(), 0.0);
    }
  }

  private static void sameOrEmpty(Figure expected, Cell cell) {
    if (expected.isAbsent()) {
      assertTrue(cell == null || cell.getCellType() == CellType.BLANK, String.valueOf(cell));
    } else {
      assertEquals(expected.value(), cell.getNumericCellValue(), 0.0);
    }
  }

  private static void same(CSVRecord expected, String column, Row row, int cell) {
    String text = expected.get(column);
    Cell actual = row.getCell(cell);
    String where = expected.get("id") + " " + column;
    if (text.isEmpty()) {
      assertEquals(SheetWriter.DASH, actual.getStringCellValue(), where);
    } else {
      assertTrue(
          actual.getCellType() == CellType.NUMERIC || actual.getCellType() == CellType.FORMULA,
          where);
      assertEquals(Double.parseDouble(text), actual.getNumericCellValue(), 0.0, where);
    }
  }

  private static Map<String, Row> rowsById(Sheet sheet) {
    Map<String, Row> rows = new HashMap<>();
    for (int r = OkrSheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      rows.put(row.getCell(0).getStringCellValue(), row);
    }
    return rows;
  }

  static List<CSVRecord> records(Path csv) throws IOException {
    // The CSVs start with a byte-order mark for Excel; it is not part of the first column's name.
    String text = Files.readString(csv, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
    try (Reader in = new StringReader(text)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }
}

package boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code boardpack init}: a new plan a user fills in and runs, and the example plan. */
class InitCommandTest {

  /** The header row (0-based) of every sheet init writes. */
  private static final int HEADER = 3;

  @TempDir Path dir;

  private final Console console = new Console();

  @Test
  void newPlan_checksClean() {
    Path plan = dir.resolve("acme.xlsx");

    assertEquals(0, console.run("init", plan.toString(), "--year", "2027"), console.err());
    Console check = new Console();

    assertEquals(0, check.run("check", plan.toString()), check.out() + check.err());
    assertTrue(check.out().contains("Organisation:  acme"), check.out());
    assertTrue(check.out().contains("Warnings: none"), check.out());
  }

  @Test
  void newPlan_filledInByAUser_checksAndRunsEndToEnd() throws IOException {
    Path plan = dir.resolve("plan.xlsx");
    assertEquals(
        0,
        console.run(
            "init",
            plan.toString(),
            "--fiscal-year-start",
            "April",
            "--year",
            "2027",
            "--currency",
            "GBP"),
        console.err());
    fillIn(plan);
    Path out = dir.resolve("out");

    Console check = new Console();
    assertEquals(0, check.run("check", plan.toString()), check.out() + check.err());
    assertTrue(check.out().contains("KPIs:          4"), check.out());
    assertTrue(check.out().contains("Objectives:    3"), check.out());
    assertTrue(check.out().contains("Key results:   4"), check.out());
    Console run = new Console();
    assertEquals(0, run.run("run", plan.toString(), "--out", out.toString()), run.err());

    // NPS: Average KPI, annual target 40 held each month; April 2027 actual 42: 42 / 40 = 1.05.
    String kpis = Files.readString(out.resolve("plan-2027-04-kpis.csv"), StandardCharsets.UTF_8);
    assertTrue(kpis.contains("NPS,Net promoter score,2027-04,42,40,1.05,green"), kpis);
    // KR3.1: from 35 to 45, current 42 (the latest in the window): (42 - 35) / (45 - 35) = 0.7.
    String keyResults =
        Files.readString(out.resolve("plan-2027-04-key-results.csv"), StandardCharsets.UTF_8);
    assertTrue(keyResults.contains("KR3.1,O3,42,0.7,"), keyResults);
  }

  @Test
  void newPlan_hasItsDropDowns() throws IOException {
    Path plan = dir.resolve("plan.xlsx");
    assertEquals(0, console.run("init", plan.toString()), console.err());

    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(plan))) {
      // Direction, Indicator, Aggregation, Leads, Frequency, Board.
      assertEquals(6, workbook.getSheet("KPIs").getDataValidations().size());
      // Objective, Type, Metric, KPI.
      assertEquals(4, workbook.getSheet("KeyResults").getDataValidations().size());
    }
  }

  @Test
  void init_neverOverwritesAFile() throws IOException {
    Path plan = Files.writeString(dir.resolve("plan.xlsx"), "my plan");

    int code = console.run("init", plan.toString());

    assertEquals(3, code);
    assertTrue(console.err().contains(plan + " already exists"), console.err());
    assertEquals("my plan", Files.readString(plan));
  }

  @Test
  void initExample_neverOverwritesTheLedgerBesideIt() throws IOException {
    Path ledger = Files.writeString(dir.resolve("plan-ledger.csv"), "ID,Period,Value\n");

    int code = console.run("init", "--example", dir.resolve("plan.xlsx").toString());

    assertEquals(3, code);
    assertTrue(console.err().contains("plan-ledger.csv already exists"), console.err());
    assertFalse(Files.exists(dir.resolve("plan.xlsx")), "nothing written");
    assertEquals("ID,Period,Value\n", Files.readString(ledger));
  }

  @Test
  void initExample_writesSampleData_byteForByte() throws IOException {
    Path plan = dir.resolve("northwind.xlsx");

    assertEquals(0, console.run("init", "--example", plan.toString()), console.err());

    assertArrayEquals(
        Files.readAllBytes(Path.of("sample-data/northwind-plan.xlsx")), Files.readAllBytes(plan));
    assertArrayEquals(
        Files.readAllBytes(Path.of("sample-data/northwind-ledger.csv")),
        Files.readAllBytes(dir.resolve("northwind-ledger.csv")));
  }

  @Test
  void init_aPlanThatIsNotXlsx_isAUsageError() {
    assertEquals(4, console.run("init", dir.resolve("plan.xls").toString()));
    assertTrue(console.err().contains("must end in .xlsx"), console.err());
  }

  @Test
  void initExample_withPlanOptions_isAUsageError() {
    assertEquals(
        4, console.run("init", "--example", "--year", "2027", dir.resolve("p.xlsx").toString()));
    assertTrue(console.err().contains("--example writes the example plan"), console.err());
  }

  @Test
  void init_aMonthThatIsNotOne_isAUsageError() {
    assertEquals(
        4, console.run("init", "--fiscal-year-start", "Aprilis", dir.resolve("p.xlsx").toString()));
    assertTrue(console.err().contains("\"Aprilis\" is not a month"), console.err());
  }

  @Test
  void helpInit_listsItsOptionsAndExitCodes() {
    assertEquals(0, console.run("help", "init"));
    assertTrue(console.out().contains("--fiscal-year-start=MONTH"), console.out());
    assertTrue(console.out().contains("Exit codes:"), console.out());
  }

  /** What a user adds in Excel: a KPI, its actual, an objective and a key result on it. */
  private static void fillIn(Path plan) throws IOException {
    XSSFWorkbook workbook;
    try (InputStream in = Files.newInputStream(plan)) {
      workbook = new XSSFWorkbook(in);
    }
    try (workbook) {
      CellStyle month = workbook.getSheet("Actuals").getRow(HEADER).getCell(2).getCellStyle();
      append(
          workbook.getSheet("KPIs"),
          "NPS",
          "Net promoter score",
          "Tom",
          "points",
          "Higher is better",
          "Lagging",
          "Average",
          40.0,
          null,
          null,
          null,
          null,
          "Monthly",
          "Survey",
          "Yes");
      append(workbook.getSheet("Actuals"), "NPS", "Net promoter score", 42.0);
      Row objective =
          append(
              workbook.getSheet("Objectives"), "O3", "Customers love us", "Tom", "Service", "O1");
      monthCell(objective, 5, LocalDate.of(2027, 4, 1), month);
      monthCell(objective, 6, LocalDate.of(2027, 6, 1), month);
      objective.createCell(7).setCellValue("NPS");
      append(
          workbook.getSheet("KeyResults"),
          "KR3.1",
          "O3",
          "NPS reaches 45",
          "Tom",
          "Outcome",
          "Increase",
          35.0,
          45.0,
          null,
          null,
          null,
          1.0,
          "NPS");
      try (OutputStream out = Files.newOutputStream(plan)) {
        workbook.write(out);
      }
    }
  }

  private static Row append(Sheet sheet, Object... cells) {
    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] instanceof String text) {
        row.createCell(c).setCellValue(text);
      } else if (cells[c] instanceof Double number) {
        row.createCell(c).setCellValue(number);
      }
    }
    return row;
  }

  private static void monthCell(Row row, int column, LocalDate month, CellStyle style) {
    row.createCell(column).setCellValue(month);
    row.getCell(column).setCellStyle(style);
  }
}

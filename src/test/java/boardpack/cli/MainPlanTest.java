package boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check and run on real workbooks, through PlanReader, ScorecardEngine and ScorecardCsv. */
class MainPlanTest {

  private static final String NL = System.lineSeparator();

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void check_cleanPlan_printsItsSummaryAndExitsZero() throws IOException {
    Path plan = writePlan(dir.resolve("plan.xlsx"), true);

    int code = run("check", plan.toString());

    assertEquals(0, code, err());
    assertTrue(out().contains("Organisation:  Northwind" + NL), out());
    assertTrue(out().contains("Period:        2026-02 (the latest month with an actual)" + NL), out());
    assertTrue(out().contains("KPIs:          1" + NL + "Objectives:    0" + NL + "Key results:   0" + NL), out());
    assertTrue(out().endsWith("Warnings: none" + NL + NL + "Errors: none" + NL), out());
  }

  @Test
  void run_cleanPlan_writesTheThreeCsvFiles() throws IOException {
    Path plan = writePlan(dir.resolve("plan.xlsx"), true);
    Path folder = dir.resolve("out");

    int code = run("run", plan.toString(), "--out", folder.toString());

    assertEquals(0, code, err());
    assertTrue(out().endsWith("Written:" + NL + folder.resolve("northwind-2026-02-kpis.csv") + NL
        + folder.resolve("northwind-2026-02-key-results.csv") + NL
        + folder.resolve("northwind-2026-02-objectives.csv") + NL), out());
    // February: actual 110, target 1200 / 12 = 100, attainment 110 / 100 = 1.1, green
    String k1 = Files.readAllLines(folder.resolve("northwind-2026-02-kpis.csv")).get(1);
    assertTrue(k1.startsWith("K1,Revenue,2026-02,110,100,1.1,green,"), k1);
  }

  @Test
  void check_openDocumentPlan_exitsThreeWithOneLine() throws IOException {
    Path plan = dir.resolve("plan.ods");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(plan))) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }

    int code = run("check", plan.toString());

    assertEquals(3, code);
    assertEquals("plan.ods: this is an OpenDocument spreadsheet, not an Excel workbook; save it as .xlsx"
        + " (Excel Workbook) and run again" + NL, err());
    assertEquals("", out());
  }

  @Test
  void run_planWithNoActualsAndNoPeriod_isAnErrorAndWritesNothing() throws IOException {
    Path plan = writePlan(dir.resolve("plan.xlsx"), false);
    Path folder = dir.resolve("out");

    int code = run("run", plan.toString(), "--out", folder.toString());

    assertEquals(2, code);
    assertTrue(out().contains(NL + "plan.xlsx: " + PlanCheck.NO_PERIOD + NL), out());
    assertTrue(err().endsWith(" in the plan and run again (nothing was written)" + NL), err());
    assertEquals(false, Files.exists(folder));
  }

  /** Settings, one KPI with an annual target, and January and February actuals (or none). */
  private static Path writePlan(Path file, boolean withActuals) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(file)) {
      rows(workbook.createSheet("Settings"), List.of("Setting", "Value"), List.of("Organisation", "Northwind"));
      rows(workbook.createSheet("KPIs"), List.of("ID", "Name", "Unit", "Annual target"),
          List.of("K1", "Revenue", "USD", 1200));
      Sheet actuals = workbook.createSheet("Actuals");
      if (withActuals) {
        rows(actuals, List.of("ID", "2026-01", "2026-02"), List.of("K1", 100, 110));
      } else {
        rows(actuals, List.of("ID", "2026-01", "2026-02"));
      }
      workbook.write(stream);
    }
    return file;
  }

  @SafeVarargs
  private static void rows(Sheet sheet, List<Object>... rows) {
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows[r].size(); c++) {
        Object value = rows[r].get(c);
        if (value instanceof Number number) {
          row.createCell(c).setCellValue(number.doubleValue());
        } else {
          row.createCell(c).setCellValue(value.toString());
        }
      }
    }
  }
}

package boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two months run into one folder: the second compares with the first's record and reports a
 * restated month with both values, a status that changed, a KPI added and one removed.
 */
class ChangesRunTest {

  private static final String CRLF = "\r\n";
  private static final String BOM = "\uFEFF";

  @TempDir Path dir;

  private final Console console = new Console();

  @Test
  void secondMonth_reportsRestatementStatusAndMeasuresAddedAndRemoved() throws IOException {
    Path out = dir.resolve("out");
    // February: K1 Revenue and K2 Costs, annual 1200 each, so T(m) = 1200 / 12 = 100.
    // K1 February 110: attainment 1.1, green.
    writePlan(
        List.of(kpi("K1", "Revenue"), kpi("K2", "Costs")),
        List.of(row("K1", 100, 110), row("K2", 100, 100)));
    assertEquals(0, run(out), console.err());
    assertEquals(
        BOM
            + "id,period,value,source"
            + CRLF
            + "K1,2026-01,100,Actuals!B2"
            + CRLF
            + "K1,2026-02,110,Actuals!C2"
            + CRLF
            + "K2,2026-01,100,Actuals!B3"
            + CRLF
            + "K2,2026-02,100,Actuals!C3"
            + CRLF,
        Files.readString(out.resolve("northwind-2026-02-actuals.csv")));
    assertFalse(Files.exists(out.resolve("northwind-2026-02-changes.csv")));

    // March: January restated from 100 to 90; K1 March 80: 80 / 100 = 0.8, below 0.9: red.
    // K2 Costs is gone, K3 Churn (annual 1200) is new.
    writePlan(
        List.of(kpi("K1", "Revenue"), kpi("K3", "Churn")),
        List.of(row("K1", 90, 110, 80), row("K3", null, null, 100)));
    assertEquals(0, run(out), console.err());

    assertEquals(
        List.of(
            "compared_with,change,kind,id,name,month,before,now,source",
            "2026-02,status,KPI,K1,Revenue,,green,red,",
            "2026-02,added,KPI,K3,Churn,,,,",
            "2026-02,removed,KPI,K2,Costs,,,,",
            "2026-02,restated,KPI,K1,Revenue,2026-01,100,90,Actuals!B2"),
        lines(out.resolve("northwind-2026-03-changes.csv")));
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(Files.newInputStream(out.resolve("northwind-2026-03-scorecard.xlsx")))) {
      Sheet changes = workbook.getSheet("Changes");
      assertEquals(
          "Since the February 2026 pack. Restated values link to the cell they now come" + " from.",
          changes.getRow(1).getCell(0).getStringCellValue());
      Row restated = changes.getRow(2 + 4); // header, then status, added, removed, restated
      assertEquals("Restated", restated.getCell(0).getStringCellValue());
      assertEquals("K1", restated.getCell(2).getStringCellValue());
      assertEquals(
          java.time.LocalDate.of(2026, 1, 1),
          restated.getCell(4).getLocalDateTimeCellValue().toLocalDate());
      assertEquals(100, restated.getCell(5).getNumericCellValue());
      assertEquals(90, restated.getCell(6).getNumericCellValue());
      assertEquals("Actuals!B2", restated.getCell(7).getStringCellValue());
      assertEquals("../plan.xlsx#'Actuals'!B2", restated.getCell(7).getHyperlink().getAddress());
    }
    String summary = summaryPage(out.resolve("northwind-2026-03-board-pack.pdf"));
    assertTrue(summary.contains("What changed since the last pack"), summary);
    assertTrue(
        summary.contains(
            "Since the February 2026 pack: status changes 1, measures added 1, measures removed 1,"),
        summary);
    assertTrue(summary.contains("Revenue went from On track to Off track."), summary);
    assertTrue(
        summary.contains("Revenue, January 2026: restated from 100 to 90 (Actuals!B2)."), summary);
  }

  @Test
  void firstMonth_packSaysThereIsNoEarlierRecord() throws IOException {
    Path out = dir.resolve("out");
    writePlan(List.of(kpi("K1", "Revenue")), List.of(row("K1", 100, 110)));

    assertEquals(0, run(out), console.err());

    String summary = summaryPage(out.resolve("northwind-2026-02-board-pack.pdf"));
    assertTrue(
        summary.contains("No earlier pack's record (an -actuals.csv of an earlier month) is in"),
        summary);
    assertTrue(console.out().contains("northwind-2026-02-actuals.csv"), console.out());
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(Files.newInputStream(out.resolve("northwind-2026-02-scorecard.xlsx")))) {
      assertTrue(
          workbook
              .getSheet("Changes")
              .getRow(1)
              .getCell(0)
              .getStringCellValue()
              .startsWith("No earlier pack's record"));
    }
  }

  @Test
  void earlierRecordThatCannotBeRead_isAWarning_andNothingIsCompared() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(
        out.resolve("northwind-2026-01-actuals.csv"),
        "id,period,value,source\nK1,2026-01,abc,B2\n");
    writePlan(List.of(kpi("K1", "Revenue")), List.of(row("K1", 100, 110)));

    assertEquals(1, run(out), console.err());

    assertTrue(
        console
            .out()
            .contains(
                "northwind-2026-01-actuals.csv:2: value \"abc\" is not a number; this earlier"
                    + " pack's record cannot be read back, so this pack is not compared with"
                    + " 2026-01"),
        console.out());
    assertFalse(Files.exists(out.resolve("northwind-2026-02-changes.csv")));
  }

  private int run(Path out) {
    return console.run("run", dir.resolve("plan.xlsx").toString(), "--out", out.toString());
  }

  private static List<String> lines(Path csv) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertTrue(text.startsWith(BOM));
    return List.of(text.substring(1).split(CRLF));
  }

  // The executive summary is the third page: cover, contents, summary.
  private static String summaryPage(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(3);
      stripper.setEndPage(3);
      return stripper.getText(document).replace('\u00A0', ' ').replaceAll("\\s*\\R\\s*", " ");
    }
  }

  private static List<Object> kpi(String id, String name) {
    return List.of(id, name, "USD", 1200);
  }

  private static List<Object> row(String id, Object... months) {
    List<Object> row = new ArrayList<>();
    row.add(id);
    row.addAll(java.util.Arrays.asList(months));
    return row;
  }

  private void writePlan(List<List<Object>> kpis, List<List<Object>> actuals) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream stream = Files.newOutputStream(dir.resolve("plan.xlsx"))) {
      List<List<Object>> settings =
          List.of(List.of("Setting", "Value"), List.of("Organisation", "Northwind"));
      rows(workbook.createSheet("Settings"), settings);
      List<List<Object>> kpiRows = new ArrayList<>();
      kpiRows.add(List.of("ID", "Name", "Unit", "Annual target"));
      kpiRows.addAll(kpis);
      rows(workbook.createSheet("KPIs"), kpiRows);
      List<List<Object>> actualRows = new ArrayList<>();
      actualRows.add(List.of("ID", "2026-01", "2026-02", "2026-03"));
      actualRows.addAll(actuals);
      rows(workbook.createSheet("Actuals"), actualRows);
      workbook.write(stream);
    }
  }

  private static void rows(Sheet sheet, List<List<Object>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows.get(r).size(); c++) {
        Object value = rows.get(r).get(c);
        if (value instanceof Number number) {
          row.createCell(c).setCellValue(number.doubleValue());
        } else if (value != null) {
          row.createCell(c).setCellValue(value.toString());
        }
      }
    }
  }
}

package boardpack.write.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.compute.PackView;
import boardpack.compute.ScorecardEngine;
import boardpack.model.Plan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan of 5,000 KPIs gives a workbook with every KPI on a filterable sheet, written within the
 * test suite's 256 MB heap (rows are streamed), and its size grows in proportion to the plan.
 */
class LargePlanTest {

  @TempDir Path folder;

  @Test
  void fiveThousandKpis_everyRowWrittenWithAFilterOverAll_inBoundedMemory() throws Exception {
    Path workbook = write(5000);

    try (ZipFile zip = new ZipFile(workbook.toFile())) {
      String kpis = text(zip, zip.getEntry("xl/worksheets/sheet2.xml"));
      // title, note and header rows, then 5,000 KPI rows: the last is row 5,003
      assertEquals(5003, count(kpis, "<row "));
      assertTrue(kpis.contains("<autoFilter ref=\"A3:AH5003\""), "autofilter over every row");
      String trends = text(zip, zip.getEntry("xl/worksheets/sheet4.xml"));
      // an actual and a target row per KPI
      assertEquals(10003, count(trends, "<row "));
      assertEquals(TrendCharts.MAX_CHARTS, charts(zip));
      // a small fixed set of shared styles, however many KPIs (Excel repairs past ~4,000)
      String styles = text(zip, zip.getEntry("xl/styles.xml"));
      String cellXfs = styles.substring(styles.indexOf("<cellXfs"), styles.indexOf("</cellXfs>"));
      assertTrue(count(cellXfs, "<xf ") < 60, count(cellXfs, "<xf ") + " cell styles");
    }
  }

  @Test
  void size_growsInProportionToThePlan() throws Exception {
    long small = Files.size(write(1000));
    long large = Files.size(write(3000));

    // three times the KPIs: between 2.4 and 3.4 times the bytes (the fixed parts, such as the
    // styles and the capped charts, keep it under 3)
    assertTrue(large * 10 > 24 * small && large * 10 < 34 * small, small + " bytes, then " + large);
  }

  @Test
  void summary_listsTheFirst15RedKpis_andCountsTheRest() throws Exception {
    PackView view =
        PackView.of(ScorecardEngine.compute(LargePlan.of(200), LargePlan.PERIOD), List.of());
    int red = view.attention().redKpis().size();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ScorecardWorkbook.write(view, InputFiles.none(), bytes);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      Sheet summary = workbook.getSheet("Summary");
      int header = rowOf(summary, "Red KPIs") + 1;
      assertTrue(red > SummaryBlocks.MAX_ROWS, red + " red KPIs");
      assertEquals(
          view.attention().redKpis().get(14).id().text(),
          summary.getRow(header + 15).getCell(0).getStringCellValue());
      assertEquals(
          "and " + (red - 15) + " more red KPIs: filter the KPIs sheet's Status column",
          summary.getRow(header + 16).getCell(1).getStringCellValue());
    }
  }

  private static int rowOf(Sheet sheet, String text) {
    for (Row row : sheet) {
      if (row.getCell(0) != null && text.equals(row.getCell(0).toString())) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no row " + text);
  }

  private Path write(int kpis) throws Exception {
    Plan plan = LargePlan.of(kpis);
    PackView view = PackView.of(ScorecardEngine.compute(plan, LargePlan.PERIOD), List.of());
    Path file = folder.resolve(kpis + ".xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      ScorecardWorkbook.write(
          view, InputFiles.of(folder, List.of(folder.resolve(LargePlan.FILE))), out);
    }
    return file;
  }

  private static int charts(ZipFile zip) {
    return (int)
        zip.stream().map(ZipEntry::getName).filter(n -> n.startsWith("xl/charts/chart")).count();
  }

  private static String text(ZipFile zip, ZipEntry entry) throws Exception {
    try (InputStream in = zip.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}

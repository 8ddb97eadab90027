package boardpack.read;

import static boardpack.read.Readings.JAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.model.Id;
import boardpack.model.Plan;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which path reads a saved workbook: a .xlsx streams unless a formula needs evaluating; .xls and
 * such a workbook go through POI's objects. (Every reader test reads both ways: see {@link
 * Readings#read}.)
 */
class StreamingReaderTest {

  @TempDir Path folder;

  @Test
  void xlsxWithSavedResults_streams() throws Exception {
    TestWorkbook workbook = Readings.minimal();
    workbook.sheet("Targets").row("ID", JAN).row("K1", TestWorkbook.formula("50*2", 100));

    var sheets = WorkbookOpener.stream(workbook.save(folder, "plan.xlsx")).orElseThrow();

    assertEquals(List.of("KPIs", "Actuals", "Targets"), names(sheets));
    // Targets!B2 holds =50*2 saved with its result 100
    assertEquals(new CellContent.Number(100), sheets.get(2).cell(1, 1));
    assertTrue(sheets.get(1).cell(0, 1) instanceof CellContent.Date, "Actuals!B1 is a date");
  }

  @Test
  void workbookInThe1904DateSystem_readsItsDateCellsInThatSystem() throws Exception {
    TestWorkbook workbook = TestWorkbook.xlsx();
    ((XSSFWorkbook) workbook.workbook()).getCTWorkbook().getWorkbookPr().setDate1904(true);
    workbook.sheet("KPIs").row("ID", "Name", "Annual target").row("K1", "Revenue", 1200);
    workbook.sheet("Actuals").row("ID", JAN).row("K1", 100);
    Path file = workbook.save(folder, "plan.xlsx");

    var actuals = WorkbookOpener.stream(file).orElseThrow().get(1);
    Plan plan = Readings.plan(Readings.read(workbook));

    // 2026-01-01 is serial 44561 counted from 1904-01-01 (46023 from 1900 less the 1,462 days
    // between the two systems' day zero)
    assertEquals(
        new CellContent.Date(java.time.LocalDate.of(2026, 1, 1), 44561), actuals.cell(0, 1));
    assertEquals(100.0, plan.actualsOf(Id.of("K1")).at(JAN).orElseThrow().number());
  }

  @Test
  void formulaWithoutSavedResult_isLeftToPoisObjects() throws Exception {
    TestWorkbook workbook = Readings.minimal();
    workbook.sheet("Targets").row("ID", JAN).row("K1", TestWorkbook.uncached("50*2"));

    assertTrue(WorkbookOpener.stream(workbook.save(folder, "plan.xlsx")).isEmpty());
  }

  @Test
  void workbookFlaggedRecalculateOnLoad_isLeftToPoisObjects() throws Exception {
    TestWorkbook workbook = Readings.minimal();
    workbook.sheet("Targets").row("ID", JAN).row("K1", TestWorkbook.formula("50*2", 0));
    ((XSSFWorkbook) workbook.workbook()).setForceFormulaRecalculation(true);

    assertTrue(WorkbookOpener.stream(workbook.save(folder, "plan.xlsx")).isEmpty());
  }

  @Test
  void xls_isLeftToPoisObjects() throws Exception {
    TestWorkbook workbook = TestWorkbook.xls();
    workbook.sheet("KPIs").row("ID", "Name", "Annual target").row("K1", "Revenue", 1200);
    workbook.sheet("Actuals").row("ID", JAN).row("K1", 100);

    assertTrue(WorkbookOpener.stream(workbook.save(folder, "plan.xls")).isEmpty());
  }

  /**
   * The surefire heap is 256 MB: a plan of 5,000 KPIs with 36 months of targets and actuals streams
   * in it (read as POI's objects, it does not fit).
   */
  @Test
  void fiveThousandKpis_withThreeYearsOfTargetsAndActuals_readInTheTestHeap() throws Exception {
    Path file = largePlan(5_000, 36).save(folder, "large.xlsx");

    Plan plan = Readings.plan(PlanReader.read(file, ReadOptions.NONE));

    assertEquals(5_000, plan.kpis().size());
    // K4999's actual and target in month 36 (2026-12) are 4999 + 36 = 5035
    assertEquals(
        5035.0, plan.actualsOf(Id.of("K4999")).at(YearMonth.of(2026, 12)).orElseThrow().number());
    assertEquals(
        5035.0, plan.targetsOf(Id.of("K4999")).at(YearMonth.of(2026, 12)).orElseThrow().number());
  }

  private static TestWorkbook largePlan(int kpis, int months) {
    TestWorkbook workbook = TestWorkbook.streamedXlsx();
    TestWorkbook.SheetWriter definitions =
        workbook.sheet("KPIs").row("ID", "Name", "Owner", "Unit", "Annual target");
    Object[] header = new Object[months + 1];
    header[0] = "ID";
    for (int m = 1; m <= months; m++) {
      header[m] = YearMonth.of(2026, 12).minusMonths(months - m);
    }
    TestWorkbook.SheetWriter targets = workbook.sheet("Targets").row(header);
    TestWorkbook.SheetWriter actuals = workbook.sheet("Actuals").row(header);
    for (int k = 0; k < kpis; k++) {
      definitions.row("K" + k, "KPI number " + k, "Owner " + k % 50, "EUR", 36 * k);
      Object[] row = new Object[months + 1];
      row[0] = "K" + k;
      for (int m = 1; m <= months; m++) {
        row[m] = k + m;
      }
      targets.row(row);
      actuals.row(row);
    }
    return workbook;
  }

  private static List<String> names(List<SheetGrid> sheets) {
    return sheets.stream().map(SheetGrid::name).toList();
  }
}

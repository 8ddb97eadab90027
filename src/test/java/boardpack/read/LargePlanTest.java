package boardpack.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Id;
import boardpack.model.Plan;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan of 5,000 KPIs, each leading the next, reads completely. Its speed is for the benchmark to
 * measure (a timed unit test is flaky on a busy machine), not for this test.
 */
class LargePlanTest {

  private static final int KPIS = 5_000;
  private static final int MONTHS = 12;

  @TempDir Path folder;

  @Test
  void fiveThousandKpis_withAYearOfTargetsAndActuals_allRead() throws Exception {
    Path file = largePlan().save(folder, "large.xlsx");

    Plan plan = Readings.plan(PlanReader.read(file, ReadOptions.NONE));

    assertEquals(KPIS, plan.kpis().size());
    // K4999's December actual is 4999 + 12 = 5011
    assertEquals(
        5011.0, plan.actualsOf(Id.of("K4999")).at(YearMonth.of(2026, 12)).orElseThrow().number());
    assertEquals(Id.of("K4998"), plan.kpisById().get(Id.of("K4999")).leads().orElseThrow());
  }

  private static TestWorkbook largePlan() {
    TestWorkbook workbook = TestWorkbook.xlsx();
    TestWorkbook.SheetWriter kpis =
        workbook.sheet("KPIs").row("ID", "Name", "Annual target", "Leads");
    Object[] header = new Object[MONTHS + 1];
    header[0] = "ID";
    for (int m = 1; m <= MONTHS; m++) {
      header[m] = YearMonth.of(2026, m);
    }
    TestWorkbook.SheetWriter targets = workbook.sheet("Targets").row(header);
    TestWorkbook.SheetWriter actuals = workbook.sheet("Actuals").row(header);
    for (int k = 0; k < KPIS; k++) {
      kpis.row("K" + k, "KPI " + k, 12 * k, k == 0 ? null : "K" + (k - 1));
      Object[] row = new Object[MONTHS + 1];
      row[0] = "K" + k;
      for (int m = 1; m <= MONTHS; m++) {
        row[m] = k + m;
      }
      targets.row(row);
      actuals.row(row);
    }
    return workbook;
  }
}

package boardpack.compute;

import static boardpack.compute.PackViewTest.view;
import static boardpack.compute.PlanBuilder.kpi;
import static boardpack.compute.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Plan;
import org.junit.jupiter.api.Test;

/** A KPI's month, year to date and year end said in words. */
class ObservationsTest {

  private static String observe(Plan plan) {
    PackView view = view(plan, "2026-03");
    return view.observationOf(view.kpis().get(0)).text();
  }

  @Test
  void higherIsBetter_aboveThisMonth_behindToDate_shortAtYearEnd() {
    // Sum, annual 1200, T = 100 a month; Jan 90, Feb 95, Mar 104.
    // Month: (104 - 100) / 100 = 4.0% above. YTD: 289 against 300: -11 / 300 = -3.67%, behind.
    // Forecast: run-rate 289 / 3, 9 months left: 289 + 867 = 1156; (1156 - 1200) / 1200 = -3.67%.
    Plan plan =
        plan().kpi(kpi("REV").annualTarget(1200)).actuals("REV", "2026-01", 90, 95, 104).build();
    assertEquals(
        "KPI REV is 4.0% above target this month; year to date 3.7% behind;"
            + " at the current run-rate the year ends 3.7% short.",
        observe(plan));
  }

  @Test
  void lowerIsBetter_belowTarget_isAheadToDateAndAtYearEnd() {
    // T = 100; 90 a month. Month: 10.0% below target. YTD: (300 - 270) / 300 = 10.0% ahead.
    // Forecast: 270 + 90 * 9 = 1080; (1200 - 1080) / 1200 = 10.0% ahead.
    Plan plan =
        plan()
            .kpi(kpi("COST").lowerIsBetter().annualTarget(1200))
            .actuals("COST", "2026-01", 90, 90, 90)
            .build();
    assertEquals(
        "KPI COST is 10.0% below target this month; year to date 10.0% ahead;"
            + " at the current run-rate the year ends 10.0% ahead.",
        observe(plan));
  }

  @Test
  void onTarget_saysSo() {
    // 100 a month against 100: every variance is 0.
    Plan plan =
        plan().kpi(kpi("REV").annualTarget(1200)).actuals("REV", "2026-01", 100, 100, 100).build();
    assertEquals(
        "KPI REV is on target this month; year to date on target;"
            + " at the current run-rate the year ends on target.",
        observe(plan));
  }

  @Test
  void withinRange_aboveTheBand() {
    // Band [10, 20], March 25: (25 - 20) / 20 = 25.0% above its range. YTD (Average) of 15, 15, 25
    // is 18.33, inside. Forecast (Average): run-rate 18.33, (55 + 18.33 * 9) / 12 = 18.33, inside.
    Plan plan =
        plan().kpi(kpi("DSO").withinRange(10, 20)).actuals("DSO", "2026-01", 15, 15, 25).build();
    assertEquals(
        "KPI DSO is 25.0% above its range this month; year to date within range;"
            + " at the current run-rate the year ends within range.",
        observe(plan));
  }

  @Test
  void notReported_leavesOutWhatCannotBeSaid() {
    // No actual in March; none at all, so no YTD and no forecast either; no target given.
    Plan plan = plan().kpi(kpi("NEW")).build();
    assertEquals("KPI NEW is not reported this month.", observe(plan));
  }
}

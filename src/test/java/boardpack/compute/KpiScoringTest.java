package boardpack.compute;

import static boardpack.compute.PlanBuilder.kpi;
import static boardpack.compute.PlanBuilder.month;
import static boardpack.compute.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import boardpack.model.Aggregation;
import boardpack.model.Figure;
import boardpack.model.KpiScore;
import boardpack.model.MonthPoint;
import boardpack.model.Plan;
import java.time.Month;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KpiScoringTest {

  private static final double NaN = Double.NaN;

  private static KpiScore score(PlanBuilder builder, String period) {
    Plan plan = builder.build();
    return KpiScoring.score(plan.kpis().getFirst(), plan, month(period));
  }

  /** Targets cells for every month of FY April 2026 .. March 2027: 1, 2, ..., 12. */
  private static PlanBuilder fullTargetsRow(PlanBuilder builder) {
    return builder
        .fiscalYearStart(Month.APRIL)
        .targets("K", "2026-04", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }

  @Test
  void annualTarget_sum_fullTargetsRow_isTheirTotal() {
    KpiScore s = score(fullTargetsRow(plan().kpi(kpi("K"))), "2026-07");
    // 1 + 2 + ... + 12 = 78
    assertEquals(78, s.annualTarget().value(), 1e-12);
  }

  @Test
  void annualTarget_average_fullTargetsRow_isTheirMean() {
    KpiScore s =
        score(fullTargetsRow(plan().kpi(kpi("K").aggregation(Aggregation.AVERAGE))), "2027-02");
    // 78 / 12 = 6.5
    assertEquals(6.5, s.annualTarget().value(), 1e-12);
  }

  @Test
  void annualTarget_last_fullTargetsRow_isTheFinalOne() {
    KpiScore s =
        score(fullTargetsRow(plan().kpi(kpi("K").aggregation(Aggregation.LAST))), "2026-04");
    // March 2027's cell
    assertEquals(12, s.annualTarget().value(), 1e-12);
  }

  @Test
  void annualTarget_twelveMonthlyTargetsOf1e308_isAbsentTooLargeToCompute() {
    double[] huge = new double[12];
    Arrays.fill(huge, 1e308);
    KpiScore s =
        score(
            plan().kpi(kpi("K")).targets("K", "2026-01", huge).actuals("K", "2026-01", 5),
            "2026-07");
    // Sum: Y = 12 * 1e308 = 1.2e309, beyond a double's 1.8e308; it threw before
    assertEquals("too large to compute", s.annualTarget().absentReason());
    // the outlook's forecast attainment and run-rate need Y, so they are absent too
    assertEquals("too large to compute", s.outlook().requiredRunRate().absentReason());
  }

  @Test
  void annualTarget_oneMonthBlank_isAbsent() {
    KpiScore s =
        score(
            plan().kpi(kpi("K")).targets("K", "2026-01", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, NaN),
            "2026-07");
    assertEquals(Figure.absent("no target"), s.annualTarget());
  }

  @Test
  void annualTarget_quarterlySum_quarterEndCells_isTheirTotal() {
    KpiScore s =
        score(
            plan()
                .kpi(kpi("K").quarterly())
                .targets("K", "2026-03", 100, NaN, NaN, 110, NaN, NaN, 120, NaN, NaN, 130),
            "2026-05");
    // 100 + 110 + 120 + 130 = 460
    assertEquals(460, s.annualTarget().value(), 1e-12);
  }

  @Test
  void annualTarget_withinRange_isTheBand() {
    KpiScore s =
        score(plan().kpi(kpi("K").withinRange(1, 2)).actuals("K", "2026-01", 1.5), "2026-01");
    assertEquals(Figure.absent("measured against its band"), s.annualTarget());
  }

  @Test
  void history_isThirteenMonthsUpToThePeriod_withActualAndTarget() {
    KpiScore s =
        score(
            plan()
                .kpi(kpi("K").annualTarget(120))
                .actuals(
                    "K", "2025-05", 99, 5, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, 7,
                    8),
            "2026-06");
    // June 2025 .. June 2026; May 2025 and July 2026 fall outside; T = 120 / 12 = 10
    assertEquals(13, s.history().size());
    assertPoint("2025-06", "5.0", "10.0", s.history().getFirst());
    assertPoint("2025-07", "absent (not reported)", "10.0", s.history().get(1));
    assertPoint("2026-06", "7.0", "10.0", s.history().getLast());
  }

  private static void assertPoint(String month, String actual, String target, MonthPoint point) {
    assertEquals(month(month), point.month());
    assertEquals(actual, point.actual().toString());
    assertEquals(target, point.target().toString());
  }

  @Test
  void score_leavesTheCycleFlagsFalse_andShowsThePeriod() {
    KpiScore s =
        score(plan().kpi(kpi("K").annualTarget(120)).actuals("K", "2026-01", 1, 1, 1), "2026-03");
    assertEquals(month("2026-03"), s.shownMonth());
    assertFalse(s.needsOkr());
    assertFalse(s.atRiskAhead());
    assertFalse(s.earlyWarning());
  }

  @Test
  void score_kpiWithNoActualsAtAll_hasOnlyAbsentFigures() {
    KpiScore s = score(plan().kpi(kpi("K").annualTarget(120)), "2026-03");
    assertEquals(Figure.absent("not reported"), s.month().actual());
    assertEquals(Figure.absent("no reported month"), s.yearToDate().actual());
    assertEquals(Figure.absent("no actual reported"), s.outlook().forecast());
    assertEquals(Figure.absent("not enough data"), s.trend().growth());
  }

  @Test
  void score_actualsNearTheLimitOfADouble_giveAbsentFiguresNotInfinity() {
    KpiScore s =
        score(plan().kpi(kpi("K")).actuals("K", "2026-01", 1e308, 1e308, 1e308), "2026-03");
    // 3e308 overflows a double: the sum is absent rather than infinite
    assertEquals("too large to compute", s.quarterToDate().actual().absentReason());
    assertEquals(Figure.absent("too large to compute"), s.outlook().forecast());
    assertEquals(1e308, s.month().actual().value());
  }
}

package boardpack.compute;

import static boardpack.compute.PlanBuilder.keyResult;
import static boardpack.compute.PlanBuilder.kpi;
import static boardpack.compute.PlanBuilder.month;
import static boardpack.compute.PlanBuilder.moving;
import static boardpack.compute.PlanBuilder.objective;
import static boardpack.compute.PlanBuilder.plan;
import static boardpack.compute.PlanBuilder.threshold;
import static boardpack.compute.PlanBuilder.tracking;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.model.Aggregation;
import boardpack.model.CarryForward;
import boardpack.model.Figure;
import boardpack.model.Id;
import boardpack.model.KeyResultScore;
import boardpack.model.KpiScore;
import boardpack.model.Metric;
import boardpack.model.MonthValue;
import boardpack.model.ObjectiveScore;
import boardpack.model.Plan;
import boardpack.model.Status;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OkrCycleTest {

  /** KPI X: higher is better, Average, annual target 100, so T(m) = 100 in every month. */
  private static PlanBuilder withKpiX() {
    return plan().kpi(kpi("X").aggregation(Aggregation.AVERAGE).annualTarget(100));
  }

  private static boolean needsOkr(Plan plan, Status shownStatus) {
    KpiScore shown = KpiScores.score(plan.kpis().get(0), "2026-03", shownStatus);
    return OkrCycle.needsOkr(shown, plan, OkrCycle.workedOnByActiveOkrs(plan, month("2026-03")));
  }

  @Test
  void needsOkr_redNowAndInThePreviousReportedMonth() {
    // Feb: a = 85 / 100 = 0.85 < 0.9: red; Mar shown red
    Plan plan = withKpiX().actuals("X", "2026-01", 80, 85, 70).build();

    assertTrue(needsOkr(plan, Status.RED));
  }

  @Test
  void needsOkr_previousMonthUnreported_looksBackToTheLatestReported() {
    // Feb unreported; Jan: 80 / 100 = 0.8: red
    Plan plan = withKpiX().actuals("X", "2026-01", 80, Double.NaN, 70).build();

    assertTrue(needsOkr(plan, Status.RED));
  }

  @Test
  void needsOkr_notWhenThePreviousMonthWasAmber_orTheShownMonthIsNotRed() {
    // Feb: 95 / 100 = 0.95 >= 0.9: amber
    Plan amberBefore = withKpiX().actuals("X", "2026-01", 80, 95, 70).build();
    Plan redBefore = withKpiX().actuals("X", "2026-01", 80, 85, 95).build();

    assertFalse(needsOkr(amberBefore, Status.RED));
    assertFalse(needsOkr(redBefore, Status.AMBER));
  }

  @Test
  void needsOkr_notWhenAnActiveObjectiveNamesIt_butAnEndedOneDoesNotCount() {
    Plan active =
        withKpiX()
            .objective(objective("O", "2026-01", "2026-06", null, "X"))
            .actuals("X", "2026-01", 80, 85, 70)
            .build();
    Plan ended =
        withKpiX()
            .objective(objective("O", "2025-07", "2025-12", null, "X"))
            .actuals("X", "2026-01", 80, 85, 70)
            .build();

    assertFalse(needsOkr(active, Status.RED));
    assertTrue(needsOkr(ended, Status.RED));
  }

  @Test
  void needsOkr_notWhenAKeyResultOfAnActiveObjectiveTracksIt() {
    Plan plan =
        withKpiX()
            .objective(objective("O", "2026-03", "2026-06"))
            .keyResult(tracking(moving("KR", "O", 80, 100, "2026-06"), "X"))
            .actuals("X", "2026-01", 80, 85, 70)
            .build();

    assertFalse(needsOkr(plan, Status.RED));
  }

  @Test
  void needsOkr_withinRangeKpi_gradesThePreviousMonthAgainstItsBand() {
    // band [10, 20], Feb 8: 1 - (10 - 8) / 10 = 0.8: red
    Plan plan = plan().kpi(kpi("X").withinRange(10, 20)).actuals("X", "2026-02", 8, 5).build();

    assertTrue(needsOkr(plan, Status.RED));
  }

  @Test
  void kpiStatus_onlyForAnActiveObjectiveThatNamesAKpi() {
    Plan plan = withKpiX().build();
    Map<Id, KpiScore> kpis =
        Map.of(Id.of("X"), KpiScores.score(plan.kpis().get(0), "2026-03", Status.RED));

    assertEquals(
        Optional.of(Status.RED),
        OkrCycle.kpiStatus(
            objective("O", "2026-01", "2026-03", null, "X"), kpis, month("2026-03")));
    assertEquals(
        Optional.empty(),
        OkrCycle.kpiStatus(
            objective("O", "2026-04", "2026-06", null, "X"), kpis, month("2026-03")));
    assertEquals(
        Optional.empty(),
        OkrCycle.kpiStatus(objective("O", "2026-01", "2026-03"), kpis, month("2026-03")));
  }

  /**
   * Fiscal year from April. Objective O ran Jan..Mar 2026; its KR rose from 100 to 190 against a
   * target of 200: p = (190 - 100) / (200 - 100) = 0.9, the objective's score 0.9 >= 0.7.
   */
  private static PlanBuilder endedObjective(String end) {
    return plan()
        .fiscalYearStart(Month.APRIL)
        .objective(objective("O", "2026-01", end))
        .keyResult(moving("KR", "O", 100, 200, end))
        .actuals("KR", "2026-01", 150, Double.NaN, 190);
  }

  private static List<KeyResultScore> carried(Plan plan, String period) {
    List<KeyResultScore> krs = KeyResultScoring.scoreAll(plan, Map.of(), month(period));
    List<ObjectiveScore> objectives =
        ObjectiveScoring.scoreAll(plan.objectives(), krs, Map.of(), month(period));
    return OkrCycle.withCarryForward(krs, objectives, plan, month(period));
  }

  @Test
  void carryForward_targetIsTheAnnualTarget_quartersRephasedFromActualsSoFar() {
    // P = May 2026, End Mar = P - 2. FY Apr 2026..Mar 2027; YTD actual = Apr 20 (May none) = 20;
    // quarter ends after May: Jun, Sep, Dec, Mar: n = 4; (200 - 20) / 4 = 45 each.
    Plan plan = endedObjective("2026-03").actuals("KR", "2026-04", 20).build();

    CarryForward proposal = carried(plan, "2026-05").get(0).carryForward().orElseThrow();

    assertEquals(Id.of("KR"), proposal.keyResult());
    assertEquals("KR KR", proposal.name());
    assertEquals(200, proposal.annualTarget().value());
    assertEquals(
        List.of(
            new MonthValue(month("2026-06"), 45),
            new MonthValue(month("2026-09"), 45),
            new MonthValue(month("2026-12"), 45),
            new MonthValue(month("2027-03"), 45)),
        proposal.quarterlyTargets());
  }

  @Test
  void carryForward_inTheFiscalYearsLastMonth_hasNoQuarterLeftToRephase() {
    // P = Mar 2026 is the last month of FY Apr 2025..Mar 2026: n = 0
    Plan plan = endedObjective("2026-03").build();

    CarryForward proposal = carried(plan, "2026-03").get(0).carryForward().orElseThrow();

    assertEquals(200, proposal.annualTarget().value());
    assertTrue(proposal.quarterlyTargets().isEmpty());
  }

  @Test
  void carryForward_notThreeMonthsAfterEnd_notBelowSeventyPercent_notWhenTracked() {
    Plan longAgo = endedObjective("2026-03").build();
    Plan low =
        plan()
            .objective(objective("O", "2026-01", "2026-03"))
            .keyResult(moving("KR", "O", 100, 200, "2026-03"))
            .actuals("KR", "2026-03", 160) // p = 0.6
            .build();
    Plan tracked =
        plan()
            .kpi(kpi("X"))
            .objective(objective("O", "2026-01", "2026-03"))
            .keyResult(tracking(moving("KR", "O", 0, 10, "2026-03"), "X"))
            .actuals("X", "2026-03", 10)
            .build();
    Plan effort =
        plan()
            .objective(objective("O", "2026-01", "2026-03"))
            .keyResult(keyResult("KR", "O", Metric.MILESTONE, "2026-03", 1))
            .actuals("KR", "2026-03", 1)
            .build();

    assertTrue(carried(longAgo, "2026-06").get(0).carryForward().isEmpty());
    assertTrue(carried(low, "2026-03").get(0).carryForward().isEmpty());
    assertTrue(carried(tracked, "2026-03").get(0).carryForward().isEmpty());
    assertTrue(carried(effort, "2026-03").get(0).carryForward().isEmpty());
  }

  @Test
  void carryForward_outcomeThresholdWithoutTarget_isProposedWithNoAnnualTarget() {
    // Threshold [90, 110], C = 100 inside: p = 1, score 1 >= 0.7; objective ended at P
    Plan plan =
        plan()
            .objective(objective("O", "2026-01", "2026-03"))
            .keyResult(threshold("KR", "O", 90, 110, "2026-03"))
            .actuals("KR", "2026-03", 100)
            .build();

    CarryForward proposal = carried(plan, "2026-03").get(0).carryForward().orElseThrow();

    assertEquals(Figure.absent("no target"), proposal.annualTarget());
    assertTrue(proposal.quarterlyTargets().isEmpty());
  }
}

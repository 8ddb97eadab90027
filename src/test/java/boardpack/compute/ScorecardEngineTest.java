package boardpack.compute;

import static boardpack.compute.PlanBuilder.kpi;
import static boardpack.compute.PlanBuilder.month;
import static boardpack.compute.PlanBuilder.moving;
import static boardpack.compute.PlanBuilder.objective;
import static boardpack.compute.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.model.Aggregation;
import boardpack.model.Id;
import boardpack.model.Kpi;
import boardpack.model.KpiScore;
import boardpack.model.Plan;
import boardpack.model.Scorecard;
import boardpack.model.Status;
import boardpack.model.TrendDirection;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The engine's wiring, with KPI scores handed in so these tests do not depend on KpiScoring. */
class ScorecardEngineTest {

  private static Function<Kpi, KpiScore> scoring(
      String period, Map<String, Status> statuses, Map<String, TrendDirection> trends) {
    return kpi ->
        KpiScores.score(
            kpi,
            period,
            statuses.getOrDefault(kpi.id().text(), Status.GREEN),
            trends.getOrDefault(kpi.id().text(), TrendDirection.STABLE));
  }

  private static KpiScore kpiScore(Scorecard scorecard, String id) {
    return scorecard.kpis().stream()
        .filter(s -> s.id().equals(Id.of(id)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void compute_setsTheCycleAndLeadingIndicatorFlags_onTheRightKpis() {
    // L leads K with K(m + 2) = 10 + 2 L(m) (see LeadLagTest): the Jan 2026 prediction 14 against
    // 20 is red, an early warning on K; L worsens, so K is at risk ahead. X is red in Dec and in
    // Nov (85 / 100 = 0.85) with no OKR on it: needs an OKR.
    Plan plan =
        plan()
            .kpi(kpi("L").leads("K"))
            .kpi(kpi("K").aggregation(Aggregation.AVERAGE).annualTarget(20))
            .kpi(kpi("X").aggregation(Aggregation.AVERAGE).annualTarget(100))
            .actuals("L", "2025-01", 3, 7, 2, 9, 4, 8, 1, 6, 5, 10, 2, 7)
            .actuals("K", "2025-01", 15, 21, 16, 24, 14, 28, 18, 26, 12, 22, 20, 30)
            .actuals("X", "2025-11", 85, 70)
            .build();

    Scorecard scorecard =
        ScorecardEngine.compute(
            plan,
            month("2025-12"),
            scoring("2025-12", Map.of("X", Status.RED), Map.of("L", TrendDirection.WORSENING)));

    assertEquals(3, scorecard.kpis().size());
    assertEquals(Id.of("L"), scorecard.kpis().get(0).id());
    KpiScore k = kpiScore(scorecard, "K");
    assertTrue(k.earlyWarning());
    assertTrue(k.atRiskAhead());
    assertFalse(k.needsOkr());
    KpiScore l = kpiScore(scorecard, "L");
    assertFalse(l.earlyWarning() || l.atRiskAhead() || l.needsOkr());
    assertTrue(kpiScore(scorecard, "X").needsOkr());
    assertEquals(1, scorecard.pairs().size());
    assertTrue(scorecard.warnings().isEmpty());
  }

  @Test
  void compute_scoresKeyResultsAndObjectives_andCarriesForward() {
    // KR: (19 - 10) / (20 - 10) = 0.9 at End (Mar = P): objective 0.9, green; carried forward
    Plan plan =
        plan()
            .objective(objective("O", "2026-01", "2026-03"))
            .keyResult(moving("KR", "O", 10, 20, "2026-03"))
            .actuals("KR", "2026-02", 19)
            .build();

    Scorecard scorecard =
        ScorecardEngine.compute(plan, month("2026-03"), scoring("2026-03", Map.of(), Map.of()));

    assertEquals(0.9, scorecard.keyResults().get(0).progress(), 1e-12);
    assertTrue(scorecard.keyResults().get(0).carryForward().isPresent());
    assertEquals(0.9, scorecard.objectives().get(0).score().value(), 1e-12);
    assertEquals(Status.GREEN, scorecard.objectives().get(0).status());
  }

  @Test
  void compute_withinRangePair_isWarned() {
    Plan plan = plan().kpi(kpi("L").withinRange(1, 2).leads("K")).kpi(kpi("K")).build();

    Scorecard scorecard =
        ScorecardEngine.compute(plan, month("2026-03"), scoring("2026-03", Map.of(), Map.of()));

    assertEquals(1, scorecard.warnings().size());
    assertEquals(
        "not analysed: L is Within range, so the pair has no expected sign",
        scorecard.pairs().get(0).note());
  }

  @Test
  void compute_fiveThousandLeadingKpis_scoresEveryKpiAndPair() {
    // each K<i> is led by L<i>; 24 months of actuals each. How fast is for a benchmark to measure
    PlanBuilder builder = plan();
    double[] months = new double[24];
    for (int m = 0; m < 24; m++) {
      months[m] = (m * 7) % 11;
    }
    for (int i = 0; i < 2_500; i++) {
      builder
          .kpi(kpi("L" + i).leads("K" + i))
          .kpi(kpi("K" + i))
          .actuals("L" + i, "2024-01", months)
          .actuals("K" + i, "2024-01", months);
    }
    Plan plan = builder.build();

    Scorecard scorecard =
        ScorecardEngine.compute(plan, month("2025-12"), scoring("2025-12", Map.of(), Map.of()));

    assertEquals(5_000, scorecard.kpis().size());
    assertEquals(2_500, scorecard.pairs().size());
  }
}

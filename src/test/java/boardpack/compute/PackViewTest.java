package boardpack.compute;

import static boardpack.compute.PlanBuilder.kpi;
import static boardpack.compute.PlanBuilder.month;
import static boardpack.compute.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.model.Comment;
import boardpack.model.Id;
import boardpack.model.Plan;
import boardpack.model.Problem;
import boardpack.model.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The view's rows: variance B/(W) for each direction, joins, headline, attention, problems. */
class PackViewTest {

  static PackView view(Plan plan, String period) {
    return PackView.of(ScorecardEngine.compute(plan, month(period)), List.of());
  }

  private static Variance monthVariance(PlanBuilder plan) {
    return view(plan.build(), "2026-03").kpis().get(0).month();
  }

  private static void assertVariance(double amount, double percent, Effect effect, Variance v) {
    assertEquals(amount, v.amount().value(), 1e-12, "amount");
    assertEquals(percent, v.percent().value(), 1e-12, "percent");
    assertEquals(effect, v.effect());
  }

  @Test
  void variance_higherIsBetter_aboveTarget_isFavourable() {
    // Sum, annual 1200: T(m) = 1200 / 12 = 100; A = 104: amount 104 - 100 = 4, percent 4 / 100.
    Variance v =
        monthVariance(plan().kpi(kpi("REV").annualTarget(1200)).actuals("REV", "2026-03", 104));
    assertVariance(4, 0.04, Effect.FAVOURABLE, v);
  }

  @Test
  void variance_higherIsBetter_belowTarget_isAdverse() {
    // T = 100, A = 90: amount 90 - 100 = -10, percent -10 / 100 = -0.10.
    Variance v =
        monthVariance(plan().kpi(kpi("REV").annualTarget(1200)).actuals("REV", "2026-03", 90));
    assertVariance(-10, -0.10, Effect.ADVERSE, v);
  }

  @Test
  void variance_lowerIsBetter_belowTarget_isFavourable() {
    // T = 100, A = 90: amount T - A = 10, percent 10 / 100 = 0.10: costs below target are good.
    Variance v =
        monthVariance(
            plan()
                .kpi(kpi("COST").lowerIsBetter().annualTarget(1200))
                .actuals("COST", "2026-03", 90));
    assertVariance(10, 0.10, Effect.FAVOURABLE, v);
  }

  @Test
  void variance_lowerIsBetter_aboveTarget_isAdverse() {
    // T = 100, A = 125: amount 100 - 125 = -25, percent -25 / 100 = -0.25.
    Variance v =
        monthVariance(
            plan()
                .kpi(kpi("COST").lowerIsBetter().annualTarget(1200))
                .actuals("COST", "2026-03", 125));
    assertVariance(-25, -0.25, Effect.ADVERSE, v);
  }

  @Test
  void variance_negativeTarget_percentIsOverItsSize() {
    // Higher is better, T = -100 (Targets cell), A = -90: amount -90 - (-100) = 10, 10 / 100.
    Variance v =
        monthVariance(
            plan().kpi(kpi("NET")).targets("NET", "2026-03", -100).actuals("NET", "2026-03", -90));
    assertVariance(10, 0.10, Effect.FAVOURABLE, v);
  }

  @Test
  void variance_withinRange_insideBand_isZero() {
    Variance v =
        monthVariance(plan().kpi(kpi("DSO").withinRange(10, 20)).actuals("DSO", "2026-03", 15));
    assertVariance(0, 0, Effect.NEUTRAL, v);
  }

  @Test
  void variance_withinRange_belowBand_isAdverseByDistanceOverLower() {
    // Band [10, 20], A = 8: 2 below L, amount -2, percent -2 / abs(L) = -2 / 10 = -0.2.
    Variance v =
        monthVariance(plan().kpi(kpi("DSO").withinRange(10, 20)).actuals("DSO", "2026-03", 8));
    assertVariance(-2, -0.2, Effect.ADVERSE, v);
  }

  @Test
  void variance_withinRange_aboveBand_isAdverseByDistanceOverUpper() {
    // Band [10, 20], A = 25: 5 above U, amount -5, percent -5 / abs(U) = -5 / 20 = -0.25.
    Variance v =
        monthVariance(plan().kpi(kpi("DSO").withinRange(10, 20)).actuals("DSO", "2026-03", 25));
    assertVariance(-5, -0.25, Effect.ADVERSE, v);
  }

  @Test
  void variance_withinRange_belowAZeroLowerBound_isOverTheBandsWidth() {
    // Band [0, 5], A = -1: L = 0, so the scale is U - L = 5: percent -1 / 5 = -0.2.
    Variance v =
        monthVariance(plan().kpi(kpi("GAP").withinRange(0, 5)).actuals("GAP", "2026-03", -1));
    assertVariance(-1, -0.2, Effect.ADVERSE, v);
  }

  @Test
  void variance_withinRange_outsideABandWithNoWidth_hasAmountButNoPercent() {
    // Band [0, 0], A = 3: 3 above, amount -3; the scale U - L = 0 leaves no percent.
    Variance v =
        monthVariance(plan().kpi(kpi("ZERO").withinRange(0, 0)).actuals("ZERO", "2026-03", 3));
    assertEquals(-3, v.amount().value());
    assertEquals("the band has no width to measure by", v.percent().absentReason());
    assertEquals(Effect.ADVERSE, v.effect());
  }

  @Test
  void variance_targetZero_hasAmountButNoPercent() {
    // T = 0 (Targets cell), A = 5: amount 5 - 0 = 5; 5 / 0 has no meaning.
    Variance v =
        monthVariance(plan().kpi(kpi("X")).targets("X", "2026-03", 0).actuals("X", "2026-03", 5));
    assertEquals(5, v.amount().value());
    assertEquals("the target is 0", v.percent().absentReason());
    assertEquals(Effect.FAVOURABLE, v.effect());
  }

  @Test
  void variance_noActual_isAbsentWithNoEffect() {
    Variance v = monthVariance(plan().kpi(kpi("X").annualTarget(1200)).actuals("X", "2026-02", 5));
    assertTrue(v.amount().isAbsent());
    assertEquals(Effect.NONE, v.effect());
  }

  @Test
  void variance_yearToDateAndForecast_followTheEngineFigures() {
    // Sum, annual 1200, T(m) = 100; Jan-Mar 110 each. YTD: 330 - 300 = 30, 30 / 300 = 0.1.
    // Forecast: run-rate mean(110, 110, 110) = 110, 9 months left: 330 + 990 = 1320;
    // against Y = 1200: 120, 120 / 1200 = 0.1.
    KpiRow row =
        view(
                plan()
                    .kpi(kpi("REV").annualTarget(1200))
                    .actuals("REV", "2026-01", 110, 110, 110)
                    .build(),
                "2026-03")
            .kpis()
            .get(0);
    assertVariance(30, 0.1, Effect.FAVOURABLE, row.yearToDate());
    assertVariance(120, 0.1, Effect.FAVOURABLE, row.forecast());
  }

  @Test
  void kpiRow_joinsThePairItLeadsSpelledAsTheLedRowAndThePairThatLeadsIt() {
    Plan plan =
        plan()
            .kpi(kpi("CALLS").leads("sales"))
            .kpi(kpi("SALES"))
            .actuals("CALLS", "2026-01", 1, 2, 3)
            .actuals("SALES", "2026-01", 1, 2, 3)
            .build();
    PackView view = view(plan, "2026-03");
    KpiRow calls = view.kpis().get(0);
    KpiRow sales = view.kpis().get(1);
    assertEquals("SALES", calls.leads().orElseThrow().text());
    assertEquals(Id.of("SALES"), calls.leadsPair().orElseThrow().lagging().id());
    assertEquals(
        List.of(Id.of("CALLS")), sales.ledBy().stream().map(p -> p.leading().id()).toList());
    assertEquals(1, view.pairs().size());
  }

  @Test
  void commentary_onlyThePeriods_joinedToTheirRow() {
    Comment march =
        new Comment(Id.of("REV"), month("2026-03"), "Strong March", "CFO", PlanBuilder.HERE);
    Comment february = new Comment(Id.of("REV"), month("2026-02"), "Old", "CFO", PlanBuilder.HERE);
    Plan plan = plan().kpi(kpi("REV")).comment(february).comment(march).build();
    PackView view = view(plan, "2026-03");
    assertEquals(List.of(march), view.kpis().get(0).commentary());
    assertEquals(List.of(march), view.commentary());
  }

  @Test
  void measureName_isTheKpisNameOrTheStatement_elseTheId() {
    Plan plan =
        plan()
            .kpi(kpi("REV"))
            .objective(PlanBuilder.objective("O1", "2026-01", "2026-12"))
            .keyResult(PlanBuilder.moving("KR1", "O1", 0, 10, "2026-12"))
            .build();
    PackView view = view(plan, "2026-03");
    assertEquals("KPI REV", view.measureName(Id.of("rev")));
    assertEquals("KR KR1", view.measureName(Id.of("KR1")));
    assertEquals("Objective O1", view.measureName(Id.of("O1")));
    assertEquals("X9", view.measureName(Id.of("X9")));
  }

  @Test
  void headline_countsKpisByMonthStatus() {
    // T = 100 each month: 105 green (a = 1.05), 95 amber (0.95 >= 0.9), 50 red, C unreported.
    Plan plan =
        plan()
            .kpi(kpi("A").annualTarget(1200))
            .kpi(kpi("B").annualTarget(1200))
            .kpi(kpi("C").annualTarget(1200))
            .kpi(kpi("D").annualTarget(1200))
            .actuals("A", "2026-03", 105)
            .actuals("B", "2026-03", 95)
            .actuals("D", "2026-03", 50)
            .build();
    assertEquals(new StatusCounts(1, 1, 1, 1), view(plan, "2026-03").headline().kpis());
  }

  @Test
  void attention_listsRedKpisAndThoseThatNeedAnOkr() {
    // T = 100: A at 50 in Feb and Mar is red twice and no OKR works on it: needs an OKR.
    // B is red in March only.
    Plan plan =
        plan()
            .kpi(kpi("A").annualTarget(1200))
            .kpi(kpi("B").annualTarget(1200))
            .actuals("A", "2026-02", 50, 50)
            .actuals("B", "2026-02", 100, 50)
            .build();
    Attention attention = view(plan, "2026-03").attention();
    assertEquals(List.of("A", "B"), attention.redKpis().stream().map(r -> r.id().text()).toList());
    assertEquals(List.of("A"), attention.needOkr().stream().map(r -> r.id().text()).toList());
  }

  @Test
  void problems_holdTheReadersAndTheCalculationsSortedByCell() {
    Problem reader = Problem.warning(Source.cell("a.xlsx", "KPIs", 3, 2), "a reader warning");
    // X leads a KPI the plan does not have: the engine warns at X's cell.
    Plan plan = plan().kpi(kpi("X").leads("NOPE")).build();
    PackView view = PackView.of(ScorecardEngine.compute(plan, month("2026-03")), List.of(reader));
    assertEquals(2, view.problems().size());
    assertEquals(reader, view.problems().get(0));
    assertTrue(view.problems().get(1).message().contains("NOPE"), view.problems().toString());
    assertEquals(view.problems(), view.warnings());
    assertEquals(List.of(), view.notes());
  }
}

package boardpack.compute;

import static boardpack.compute.PlanBuilder.kpi;
import static boardpack.compute.PlanBuilder.month;
import static boardpack.compute.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.model.Aggregation;
import boardpack.model.Id;
import boardpack.model.Kpi;
import boardpack.model.KpiScore;
import boardpack.model.LagFit;
import boardpack.model.LeadLagPair;
import boardpack.model.Plan;
import boardpack.model.Prediction;
import boardpack.model.Status;
import boardpack.model.Strength;
import boardpack.model.TrendDirection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadLagTest {

  private static final double[] LEADING = {3, 7, 2, 9, 4, 8, 1, 6, 5, 10, 2, 7};

  private static LeadLagPair pairOf(Plan plan, String period, TrendDirection leadingTrend) {
    Kpi leading = plan.kpis().get(0);
    Kpi lagging = plan.kpis().get(1);
    KpiScore score = KpiScores.score(leading, period, Status.NONE, leadingTrend);
    return LeadLag.pair(score, lagging, plan, month(period));
  }

  private static LeadLagPair pairOf(Plan plan, String period) {
    return pairOf(plan, period, TrendDirection.STABLE);
  }

  @Test
  void pair_designedTwoMonthLag_isFoundWithPerfectR() {
    // K(m + 2) = 10 + 2 * L(m) for every m from Jan to Oct, so the 10 pairs at lag 2 lie on a line:
    // r = 1. Jan and Feb of K (15, 21) are free; no other lag is a line, so each r is below 1.
    Plan plan =
        plan()
            .kpi(kpi("L").leads("K"))
            .kpi(kpi("K").aggregation(Aggregation.AVERAGE).annualTarget(20))
            .actuals("L", "2025-01", LEADING)
            .actuals("K", "2025-01", 15, 21, 16, 24, 14, 28, 18, 26, 12, 22, 20, 30)
            .build();

    LeadLagPair pair = pairOf(plan, "2025-12");

    assertEquals(Optional.of(2), pair.bestLag());
    assertEquals(1.0, pair.r().value(), 1e-12);
    assertEquals(10, pair.pairs()); // m = Jan .. Oct, m + 2 <= Dec
    assertEquals(Optional.of(Strength.STRONG), pair.strength());
    assertEquals(7, pair.lags().size());
    for (LagFit fit : pair.lags()) {
      assertEquals(12 - fit.lag(), fit.pairs());
      if (fit.lag() != 2) {
        assertTrue(fit.r().value() < 0.95, "lag " + fit.lag() + " r " + fit.r());
      }
    }
  }

  @Test
  void pair_designedTwoMonthLag_fitsLineAndPredictsTwoMonthsWithEarlyWarning() {
    Plan plan =
        plan()
            .kpi(kpi("L").leads("K"))
            .kpi(kpi("K").aggregation(Aggregation.AVERAGE).annualTarget(20))
            .actuals("L", "2025-01", LEADING)
            .actuals("K", "2025-01", 15, 21, 16, 24, 14, 28, 18, 26, 12, 22, 20, 30)
            .build();

    LeadLagPair pair = pairOf(plan, "2025-12");

    // the pairs lie on K = 10 + 2 L
    assertEquals(10, pair.alpha().value(), 1e-9);
    assertEquals(2, pair.beta().value(), 1e-12);
    List<Prediction> predictions = pair.predictions();
    assertEquals(2, predictions.size());
    // Jan 2026 from L(Nov) = 2: 10 + 2 * 2 = 14; T = 20 (Average: the annual target);
    // a = 1 + (14 - 20) / 20 = 0.7 < 0.9: red, an early warning
    assertEquals(month("2026-01"), predictions.get(0).month());
    assertEquals(14, predictions.get(0).predicted(), 1e-9);
    assertEquals(20, predictions.get(0).target().value());
    assertEquals(0.7, predictions.get(0).attainment().value(), 1e-9);
    assertEquals(Status.RED, predictions.get(0).status());
    assertTrue(predictions.get(0).isEarlyWarning());
    // Feb 2026 from L(Dec) = 7: 10 + 2 * 7 = 24; a = 1 + (24 - 20) / 20 = 1.2: green
    assertEquals(24, predictions.get(1).predicted(), 1e-9);
    assertEquals(1.2, predictions.get(1).attainment().value(), 1e-9);
    assertEquals(Status.GREEN, predictions.get(1).status());
  }

  @Test
  void bestLag_equalR_keepsTheSmallerLag() {
    // L alternates 0, 1, ... from Jan 2025 and K(m) = L(m - 1): at lags 1, 3 and 5 every pair is
    // (x, x), r = 1 exactly (12, 10 and 8 pairs, means 0.5); at even lags r = -1. Tie: lag 1.
    Plan plan =
        plan()
            .kpi(kpi("L").leads("K"))
            .kpi(kpi("K"))
            .actuals("L", "2025-01", 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0)
            .actuals("K", "2025-01", 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1)
            .build();

    LeadLagPair pair = pairOf(plan, "2026-01");

    assertEquals(1.0, pair.lags().get(1).r().value(), 0);
    assertEquals(1.0, pair.lags().get(3).r().value(), 0);
    assertEquals(1.0, pair.lags().get(5).r().value(), 0);
    assertEquals(Optional.of(1), pair.bestLag());
    assertEquals(12, pair.pairs());
  }

  @Test
  void pair_oppositeDirections_expectsNegativeR() {
    // L higher is better, K lower is better: sign -1. K(m + 1) = 50 - 3 L(m), so r = -1 at lag 1
    // (7 pairs), while lag 0 (r = 0.689) and lag 2 (r = 0.870) would win with sign +1.
    Plan plan =
        plan()
            .kpi(kpi("L").leads("K"))
            .kpi(kpi("K").lowerIsBetter())
            .actuals("L", "2025-01", 3, 7, 2, 9, 4, 8, 1, 6)
            .actuals("K", "2025-01", 40, 41, 29, 44, 23, 38, 26, 47)
            .build();

    LeadLagPair pair = pairOf(plan, "2025-08");

    assertEquals(-1, LeadLag.expectedSign(plan.kpis().get(0), plan.kpis().get(1)).getAsInt());
    assertEquals(Optional.of(1), pair.bestLag());
    assertEquals(-1.0, pair.r().value(), 1e-12);
    assertEquals(Optional.of(Strength.STRONG), pair.strength());
    assertEquals(50, pair.alpha().value(), 1e-9);
    assertEquals(-3, pair.beta().value(), 1e-12);
  }

  @Test
  void pair_givenLag_triesOnlyThatLag_andFitsByLeastSquares() {
    // Lag 1: L(Jan..Jun) = 1..6 with K(Feb..Jul) = 2, 4, 5, 4, 5, 7. Means 3.5 and 4.5;
    // Sxy = 6.25 + .75 - .25 - .25 + .75 + 6.25 = 13.5, Sxx = 17.5, Syy = 13.5.
    // r = 13.5 / sqrt(17.5 * 13.5) = 0.8783100656536799; beta = 13.5 / 17.5 = 0.77142857...;
    // alpha = 4.5 - beta * 3.5 = 1.8.
    Plan plan =
        plan()
            .kpi(kpi("L").leads("K").lag(1))
            .kpi(kpi("K").aggregation(Aggregation.AVERAGE).annualTarget(9))
            .actuals("L", "2025-01", 1, 2, 3, 4, 5, 6, 7)
            .actuals("K", "2025-02", 2, 4, 5, 4, 5, 7)
            .build();

    LeadLagPair pair = pairOf(plan, "2025-07");

    assertEquals(1, pair.lags().size());
    assertEquals(Optional.of(1), pair.bestLag());
    assertEquals(6, pair.pairs());
    assertEquals(0.8783100656536799, pair.r().value(), 1e-12);
    assertEquals(0.7714285714285715, pair.beta().value(), 1e-12);
    assertEquals(1.8, pair.alpha().value(), 1e-12);
    // Aug from L(Jul) = 7: 1.8 + 0.771428... * 7 = 7.2; a = 1 + (7.2 - 9) / 9 = 0.8: red
    Prediction august = pair.predictions().get(0);
    assertEquals(month("2025-08"), august.month());
    assertEquals(7.2, august.predicted(), 1e-12);
    assertEquals(0.8, august.attainment().value(), 1e-12);
    assertEquals(Status.RED, august.status());
  }

  @Test
  void pair_withinRangeKpi_isNotAnalysed_andWarnedAtTheLeadingKpi() {
    Plan plan =
        plan()
            .kpi(kpi("L").leads("K"))
            .kpi(kpi("K").withinRange(10, 20))
            .actuals("L", "2025-01", LEADING)
            .actuals("K", "2025-01", LEADING)
            .build();
    Map<Id, KpiScore> scores =
        Map.of(
            Id.of("L"),
                KpiScores.score(
                    plan.kpis().get(0), "2025-12", Status.NONE, TrendDirection.WORSENING),
            Id.of("K"), KpiScores.score(plan.kpis().get(1), "2025-12", Status.NONE));

    LeadLag.Analysis analysis = LeadLag.analyse(plan, scores, month("2025-12"));

    LeadLagPair pair = analysis.pairs().get(0);
    assertEquals("not analysed: K is Within range, so the pair has no expected sign", pair.note());
    assertTrue(pair.lags().isEmpty());
    assertEquals(Optional.empty(), pair.bestLag());
    assertTrue(pair.r().isAbsent());
    assertFalse(pair.atRiskAhead());
    assertEquals(1, analysis.warnings().size());
    assertEquals(
        "test: L leads K, but K is Within range, so the pair has no expected sign and is"
            + " not analysed; lead a KPI that is Higher or Lower is better, or leave Leads blank",
        analysis.warnings().get(0).toString());
  }

  @Test
  void strength_bands() {
    assertEquals(Strength.STRONG, LeadLag.strength(0.7));
    assertEquals(Strength.STRONG, LeadLag.strength(-0.7));
    assertEquals(Strength.MODERATE, LeadLag.strength(0.69));
    assertEquals(Strength.MODERATE, LeadLag.strength(-0.4));
    assertEquals(Strength.WEAK, LeadLag.strength(0.39));
    assertEquals(Strength.WEAK, LeadLag.strength(0));
  }

  @Test
  void pairs_onlyMonthsWhereBothAreReported_andLaggingMonthNotAfterPeriod() {
    // lag 1, P = May: L(Jan)-K(Feb), L(Mar)-K(Apr), L(Apr)-K(May); L(Feb) has no K(Mar),
    // L(May)-K(Jun) is after P.
    Plan plan =
        plan()
            .actuals("L", "2025-01", 1, 2, 3, 4, 5, 6)
            .actuals("K", "2025-01", 10, 20, Double.NaN, 40, 50, 60)
            .build();

    LeadLag.Pairs pairs =
        LeadLag.pairs(plan.actualsOf(Id.of("L")), plan.actualsOf(Id.of("K")), 1, month("2025-05"));

    assertArrayEquals(new double[] {1, 3, 4}, pairs.leading());
    assertArrayEquals(new double[] {20, 40, 50}, pairs.lagging());
  }

  @Test
  void pair_fewerThanSixPairs_hasNoR_andNoBestLag() {
    Plan plan =
        plan()
            .kpi(kpi("L").leads("K").lag(0))
            .kpi(kpi("K"))
            .actuals("L", "2025-01", 1, 2, 3, 4, 5)
            .actuals("K", "2025-01", 2, 4, 6, 8, 10)
            .build();

    LeadLagPair pair = pairOf(plan, "2025-05");

    assertEquals("5 pairs of reported months; 6 needed", pair.lags().get(0).r().absentReason());
    assertEquals(Optional.empty(), pair.bestLag());
    assertEquals("no lag has 6 pairs of reported months that vary", pair.note());
  }

  @Test
  void pair_constantLeadingKpi_hasNoR_withTheReason() {
    Plan plan =
        plan()
            .kpi(kpi("L").leads("K").lag(0))
            .kpi(kpi("K"))
            .actuals("L", "2025-01", 5, 5, 5, 5, 5, 5)
            .actuals("K", "2025-01", 1, 2, 3, 4, 5, 6)
            .build();

    LeadLagPair pair = pairOf(plan, "2025-06");

    assertEquals("L is the same in every pair", pair.lags().get(0).r().absentReason());
  }

  @Test
  void pair_bestLagZero_isNotFitted() {
    Plan plan =
        plan()
            .kpi(kpi("L").leads("K").lag(0))
            .kpi(kpi("K"))
            .actuals("L", "2025-01", 1, 2, 3, 4, 5, 6)
            .actuals("K", "2025-01", 2, 4, 6, 8, 10, 12)
            .build();

    LeadLagPair pair = pairOf(plan, "2025-06");

    assertEquals(Optional.of(0), pair.bestLag());
    assertEquals(
        "best lag is 0 months, so there is nothing to predict", pair.alpha().absentReason());
    assertTrue(pair.predictions().isEmpty());
  }

  @Test
  void pair_weakBestLag_isNotFitted() {
    // lag 1, pairs (1,1) (2,3) (3,2) (4,1) (5,3) (6,2): Sxy = -2.5*-1 -1.5*1 -.5*0 +.5*-1
    // +1.5*1 +2.5*0 = 2.5 - 1.5 - .5 + 1.5 = 2; Sxx = 17.5; Syy = 4; r = 2 / sqrt(70) = 0.239: weak
    Plan plan =
        plan()
            .kpi(kpi("L").leads("K").lag(1))
            .kpi(kpi("K"))
            .actuals("L", "2025-01", 1, 2, 3, 4, 5, 6)
            .actuals("K", "2025-02", 1, 3, 2, 1, 3, 2)
            .build();

    LeadLagPair pair = pairOf(plan, "2025-07");

    assertEquals(0.23904572186687872, pair.r().value(), 1e-12);
    assertEquals(Optional.of(Strength.WEAK), pair.strength());
    assertEquals("correlation is weak", pair.alpha().absentReason());
  }

  @Test
  void pair_worseningLeadingTrend_flagsAtRiskAhead_evenWithoutEnoughPairs() {
    Plan plan =
        plan().kpi(kpi("L").leads("K")).kpi(kpi("K")).actuals("L", "2025-01", 1, 2, 3).build();

    assertTrue(pairOf(plan, "2025-03", TrendDirection.WORSENING).atRiskAhead());
    assertFalse(pairOf(plan, "2025-03", TrendDirection.IMPROVING).atRiskAhead());
  }
}

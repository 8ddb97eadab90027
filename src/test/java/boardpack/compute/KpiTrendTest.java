package boardpack.compute;

import static boardpack.compute.PlanBuilder.kpi;
import static boardpack.compute.PlanBuilder.month;
import static boardpack.compute.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Figure;
import boardpack.model.Plan;
import boardpack.model.Trend;
import boardpack.model.TrendDirection;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KpiTrendTest {

  private static final double NaN = Double.NaN;

  private static Trend trend(PlanBuilder builder, String period) {
    Plan plan = builder.build();
    return KpiScoring.score(plan.kpis().getFirst(), plan, month(period)).trend();
  }

  private static void assertDirection(TrendDirection expected, Trend trend) {
    assertEquals(Optional.of(expected), trend.direction());
  }

  @Test
  void higherIsBetter_risingTwoPercentOfTarget_isImproving() {
    Trend t =
        trend(
            plan()
                .kpi(kpi("K"))
                .actuals("K", "2026-01", 100, 102, 104, 106, 108, 110)
                .targets("K", "2026-01", 100, 100, 100, 100, 100, 100),
            "2026-06");
    // b = 2 a month; s = abs(mean target) = 100; g = 2 / 100 = 0.02 > 0.01
    assertEquals(2, t.slope().value(), 1e-9);
    assertEquals(0.02, t.growth().value(), 1e-12);
    assertDirection(TrendDirection.IMPROVING, t);
  }

  @Test
  void higherIsBetter_risingHalfPercent_isStable() {
    Trend t =
        trend(
            plan()
                .kpi(kpi("K"))
                .actuals("K", "2026-01", 100, 100.5, 101, 101.5)
                .targets("K", "2026-01", 100, 100, 100, 100),
            "2026-04");
    // g = 0.5 / 100 = 0.005, within +-0.01
    assertEquals(0.005, t.growth().value(), 1e-12);
    assertDirection(TrendDirection.STABLE, t);
  }

  @Test
  void higherIsBetter_falling_isWorsening() {
    Trend t =
        trend(
            plan()
                .kpi(kpi("K"))
                .actuals("K", "2026-01", 110, 108, 106)
                .targets("K", "2026-01", 100, 100, 100),
            "2026-03");
    // g = -2 / 100 = -0.02 < -0.01
    assertEquals(-0.02, t.growth().value(), 1e-12);
    assertDirection(TrendDirection.WORSENING, t);
  }

  @Test
  void lowerIsBetter_falling_isImproving() {
    Trend t =
        trend(
            plan()
                .kpi(kpi("K").lowerIsBetter())
                .actuals("K", "2026-01", 50, 49, 48, 47)
                .targets("K", "2026-01", 40, 40, 40, 40),
            "2026-04");
    // b = -1; s = 40; g = -(-1 / 40) = 0.025
    assertEquals(-1, t.slope().value(), 1e-9);
    assertEquals(0.025, t.growth().value(), 1e-12);
    assertDirection(TrendDirection.IMPROVING, t);
  }

  @Test
  void lowerIsBetter_rising_isWorsening() {
    Trend t =
        trend(
            plan()
                .kpi(kpi("K").lowerIsBetter())
                .actuals("K", "2026-01", 50, 51, 52, 53)
                .targets("K", "2026-01", 40, 40, 40, 40),
            "2026-04");
    // g = -(1 / 40) = -0.025
    assertEquals(-0.025, t.growth().value(), 1e-12);
    assertDirection(TrendDirection.WORSENING, t);
  }

  @Test
  void lowerIsBetter_flat_isStable() {
    Trend t =
        trend(plan().kpi(kpi("K").lowerIsBetter()).actuals("K", "2026-01", 50, 50, 50), "2026-03");
    // b = 0; g = -0 / 50 is 0, written as +0.0
    assertEquals(0.0, t.growth().value());
    assertDirection(TrendDirection.STABLE, t);
  }

  @Test
  void scale_pointWithoutTarget_fallsBackToMeanActual() {
    Trend t =
        trend(
            plan()
                .kpi(kpi("K"))
                .actuals("K", "2026-01", 200, 204, 208)
                .targets("K", "2026-01", 1000, 1000, NaN),
            "2026-03");
    // March has no target: s = abs(mean actual) = 204, not 1000; g = 4 / 204 > 0.01
    assertEquals(4.0 / 204, t.growth().value(), 1e-12);
    assertDirection(TrendDirection.IMPROVING, t);
  }

  @Test
  void scale_meanTargetZero_fallsBackToMeanActual() {
    Trend t =
        trend(
            plan()
                .kpi(kpi("K"))
                .actuals("K", "2026-01", 10, 11, 12)
                .targets("K", "2026-01", -5, 0, 5),
            "2026-03");
    // mean target (-5 + 0 + 5) / 3 = 0: s = abs(mean actual) = 11; g = 1 / 11
    assertEquals(1.0 / 11, t.growth().value(), 1e-12);
  }

  @Test
  void scale_meanActualZeroToo_isOne() {
    Trend t = trend(plan().kpi(kpi("K")).actuals("K", "2026-01", -1, 0, 1), "2026-03");
    // no targets; mean actual 0: s = 1; g = 1 / 1
    assertEquals(1, t.growth().value(), 1e-12);
  }

  @Test
  void withinRange_movingIntoTheBand_isImproving() {
    Trend t =
        trend(
            plan().kpi(kpi("K").withinRange(10, 20)).actuals("K", "2026-01", 26, 24, 22, 20),
            "2026-04");
    // d = 6, 4, 2, 0: slope(d) = -2; g = -(-2) / (20 - 10) = 0.2; the slope of actual is -2
    assertEquals(-2, t.slope().value(), 1e-9);
    assertEquals(0.2, t.growth().value(), 1e-12);
    assertDirection(TrendDirection.IMPROVING, t);
  }

  @Test
  void withinRange_leavingTheBand_isWorsening() {
    Trend t =
        trend(
            plan().kpi(kpi("K").withinRange(10, 20)).actuals("K", "2026-01", 15, 18, 21, 24),
            "2026-04");
    // d = 0, 0, 1, 4; mean x 1.5, mean d 1.25
    // Sxy = (-1.5)(-1.25) + (-0.5)(-1.25) + (0.5)(-0.25) + (1.5)(2.75) = 6.5; Sxx = 5
    // slope(d) = 1.3; g = -1.3 / 10 = -0.13
    assertEquals(-0.13, t.growth().value(), 1e-12);
    assertDirection(TrendDirection.WORSENING, t);
  }

  @Test
  void withinRange_movingInsideTheBand_isStable() {
    Trend t =
        trend(
            plan().kpi(kpi("K").withinRange(10, 20)).actuals("K", "2026-01", 12, 14, 16, 18),
            "2026-04");
    // d = 0 throughout: g = 0 although the actual rises by 2 a month
    assertEquals(2, t.slope().value(), 1e-9);
    assertEquals(0.0, t.growth().value());
    assertDirection(TrendDirection.STABLE, t);
  }

  @Test
  void withinRange_bandWiderThanADouble_stillGivesTheGrowth() {
    Trend t =
        trend(
            plan()
                .kpi(kpi("K").withinRange(-1e308, 1e308))
                .actuals("K", "2026-01", 1.7e308, 1.5e308, 1.3e308),
            "2026-03");
    // d = 0.7e308, 0.5e308, 0.3e308: slope(d) = -0.2e308 a month; U - L = 2e308, beyond a double,
    // yet g = 0.2e308 / 2e308 = 0.1 > 0.01: improving (not 0, as dividing by infinity would give)
    assertEquals(0.1, t.growth().value(), 1e-12);
    assertDirection(TrendDirection.IMPROVING, t);
  }

  @Test
  void withinRange_singleValueBand_hasNoWidth_soGrowthAndDirectionAreAbsent() {
    Trend t =
        trend(plan().kpi(kpi("K").withinRange(5, 5)).actuals("K", "2026-01", 8, 7, 6), "2026-03");
    // U = L: g = -slope(d) / (U - L) divides by 0, so the rule cannot apply; the slope still shows
    assertEquals(Figure.absent("the band has no width to measure by"), t.growth());
    assertEquals(Optional.empty(), t.direction());
    assertEquals(-1, t.slope().value(), 1e-12);
  }

  @Test
  void points_useTheLastSixReportedMonthsUpToThePeriod() {
    Trend t =
        trend(
            plan()
                .kpi(kpi("K"))
                .actuals("K", "2026-01", 1000, 1000, 100, 102, 104, 106, 108, 110, 5000),
            "2026-08");
    // Mar..Aug: slope 2; January, February and September (after P) are not points
    assertEquals(2, t.slope().value(), 1e-9);
  }

  @Test
  void points_unreportedMonthsCountAsGaps() {
    Trend t =
        trend(
            plan().kpi(kpi("K")).actuals("K", "2026-01", 100, 101, NaN, NaN, NaN, 105), "2026-06");
    // x = 0, 1, 5; mean x 2, mean y 102; Sxy = 4 + 1 + 9 = 14; Sxx = 4 + 1 + 9 = 14; b = 1
    assertEquals(1, t.slope().value(), 1e-9);
  }

  @Test
  void fewerThanThreePoints_notEnoughData() {
    Trend t = trend(plan().kpi(kpi("K")).actuals("K", "2026-01", 100, 110), "2026-02");
    assertEquals(Optional.empty(), t.direction());
    assertEquals(Figure.absent("not enough data"), t.growth());
    assertEquals(Figure.absent("not enough data"), t.slope());
    assertEquals(Figure.absent("not enough data"), t.movingAverage());
    // 110 - 100 = 10; 10 / 100 = 0.1
    assertEquals(10, t.change().value(), 1e-12);
    assertEquals(0.1, t.changePercent().value(), 1e-12);
  }

  @Test
  void change_andMovingAverage_useReportedMonthsOnly() {
    Trend t = trend(plan().kpi(kpi("K")).actuals("K", "2026-01", 80, NaN, 100, 90, NaN), "2026-05");
    // latest reported April 90, previous reported March 100: -10; -10 / abs(100) = -0.1
    assertEquals(-10, t.change().value(), 1e-12);
    assertEquals(-0.1, t.changePercent().value(), 1e-12);
    // (80 + 100 + 90) / 3 = 90
    assertEquals(90, t.movingAverage().value(), 1e-12);
  }

  @Test
  void changePercent_negativePrevious_usesItsAbsoluteValue() {
    Trend t = trend(plan().kpi(kpi("K")).actuals("K", "2026-01", -50, -40), "2026-02");
    // -40 - -50 = 10; 10 / abs(-50) = 0.2
    assertEquals(10, t.change().value(), 1e-12);
    assertEquals(0.2, t.changePercent().value(), 1e-12);
  }

  @Test
  void changePercent_previousZero_isAbsent() {
    Trend t = trend(plan().kpi(kpi("K")).actuals("K", "2026-01", 0, 5), "2026-02");
    assertEquals(5, t.change().value(), 1e-12);
    assertEquals(Figure.absent("previous actual is 0"), t.changePercent());
  }

  @Test
  void change_onlyOneReportedMonth_isAbsent() {
    Trend t = trend(plan().kpi(kpi("K")).actuals("K", "2026-01", 5), "2026-02");
    assertEquals(Figure.absent("no previous reported month"), t.change());
    assertEquals(Figure.absent("no previous reported month"), t.changePercent());
  }
}

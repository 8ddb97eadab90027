package boardpack.compute;

import static boardpack.compute.PlanBuilder.kpi;
import static boardpack.compute.PlanBuilder.month;
import static boardpack.compute.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Aggregation;
import boardpack.model.Figure;
import boardpack.model.MonthValue;
import boardpack.model.Outlook;
import boardpack.model.Plan;
import boardpack.model.Status;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiOutlookTest {

  private static final double NaN = Double.NaN;

  private static Outlook outlook(PlanBuilder builder, String period) {
    Plan plan = builder.build();
    return KpiScoring.score(plan.kpis().getFirst(), plan, month(period)).outlook();
  }

  @Test
  void sum_forecastsYtdPlusRunRate_andRephasesTheRemainingMonths() {
    Outlook o =
        outlook(
            plan().kpi(kpi("K").annualTarget(1200)).actuals("K", "2026-01", 90, 100, 110, 120),
            "2026-04");
    // YTD = 90 + 100 + 110 + 120 = 420; r = (100 + 110 + 120) / 3 = 110; n = 8 (May..Dec)
    // forecast = 420 + 110 * 8 = 1300; a = 1 + (1300 - 1200) / 1200
    assertEquals(1300, o.forecast().value(), 1e-9);
    assertEquals(1 + 100.0 / 1200, o.forecastAttainment().value(), 1e-12);
    assertEquals(Status.GREEN, o.forecastStatus());
    // (1200 - 420) / 8 = 97.5 a month
    assertEquals(97.5, o.requiredRunRate().value(), 1e-12);
    assertEquals(8, o.rephasedTargets().size());
    assertEquals(new MonthValue(month("2026-05"), 97.5), o.rephasedTargets().getFirst());
    assertEquals(new MonthValue(month("2026-12"), 97.5), o.rephasedTargets().getLast());
  }

  @Test
  void sum_recentMeanComesFromAnyYear_noTargetMeansNoGrade() {
    Outlook o =
        outlook(
            plan().fiscalYearStart(Month.APRIL).kpi(kpi("K")).actuals("K", "2026-02", 30, 60, 90),
            "2026-04");
    // FY Apr: YTD = 90 (April only); r = (30 + 60 + 90) / 3 = 60; n = 11 (May..Mar)
    // forecast = 90 + 60 * 11 = 750
    assertEquals(750, o.forecast().value(), 1e-9);
    assertEquals(Figure.absent("no target"), o.forecastAttainment());
    assertEquals(Status.NONE, o.forecastStatus());
    assertEquals(Figure.absent("no target"), o.requiredRunRate());
    assertEquals(List.of(), o.rephasedTargets());
  }

  @Test
  void sum_atTheFiscalYearEnd_forecastIsTheYtd_andNoRunRate() {
    Outlook o =
        outlook(
            plan()
                .kpi(kpi("K").annualTarget(1200))
                .actuals("K", "2026-01", 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 90),
            "2026-12");
    // n = 0: forecast = 11 * 100 + 90 = 1190; 1 + (1190 - 1200) / 1200
    assertEquals(1190, o.forecast().value(), 1e-9);
    assertEquals(1 - 10.0 / 1200, o.forecastAttainment().value(), 1e-12);
    assertEquals(Figure.absent("no month left in the fiscal year"), o.requiredRunRate());
    assertEquals(List.of(), o.rephasedTargets());
  }

  @Test
  void quarterlySum_runRatePerRemainingQuarter() {
    Outlook o =
        outlook(
            plan()
                .kpi(kpi("K").quarterly().annualTarget(500))
                .actuals("K", "2026-03", 90, NaN, NaN, 110),
            "2026-07");
    // YTD = 90 + 110 = 200; r = (90 + 110) / 2 = 100; n = 2 (Sep, Dec after July)
    // forecast = 200 + 100 * 2 = 400; a = 1 + (400 - 500) / 500 = 0.8: red
    assertEquals(400, o.forecast().value(), 1e-9);
    assertEquals(0.8, o.forecastAttainment().value(), 1e-12);
    assertEquals(Status.RED, o.forecastStatus());
    // (500 - 200) / 2 = 150 per quarter
    assertEquals(150, o.requiredRunRate().value(), 1e-12);
    assertEquals(
        List.of(new MonthValue(month("2026-09"), 150), new MonthValue(month("2026-12"), 150)),
        o.rephasedTargets());
  }

  @Test
  void average_blendsReportedMonthsWithTheRecentMean() {
    Outlook o =
        outlook(
            plan()
                .kpi(kpi("K").aggregation(Aggregation.AVERAGE).annualTarget(50))
                .actuals("K", "2026-01", 40, NaN, 44, 48),
            "2026-04");
    // YTD = 40 + 44 + 48 = 132 over 3 months; r = (40 + 44 + 48) / 3 = 44; n = 8
    // forecast = (132 + 44 * 8) / (3 + 8) = 484 / 11 = 44; a = 1 + (44 - 50) / 50 = 0.88
    assertEquals(44, o.forecast().value(), 1e-9);
    assertEquals(0.88, o.forecastAttainment().value(), 1e-12);
    assertEquals(Status.RED, o.forecastStatus());
    assertEquals(Figure.absent("only for a Sum KPI"), o.requiredRunRate());
    assertEquals(List.of(), o.rephasedTargets());
  }

  @Test
  void average_noMonthLeftAndNoneReportedThisYear_isAbsent() {
    Outlook o =
        outlook(
            plan()
                .kpi(kpi("K").aggregation(Aggregation.AVERAGE).annualTarget(50))
                .actuals("K", "2025-11", 40),
            "2026-12");
    // n = 0 and no reported month in FY 2026: (0 + 40 * 0) / (0 + 0) cannot be formed
    assertEquals(Figure.absent("no reported month"), o.forecast());
    assertEquals(Status.NONE, o.forecastStatus());
  }

  @Test
  void withinRange_averageForecastGradedAgainstTheBand() {
    Outlook o =
        outlook(
            plan().kpi(kpi("K").withinRange(10, 20)).actuals("K", "2026-01", 22, 24, 26),
            "2026-03");
    // YTD = 72 over 3 months; r = 24; n = 9: (72 + 24 * 9) / 12 = 24
    // above [10, 20]: 1 - (24 - 20) / 20 = 0.8
    assertEquals(24, o.forecast().value(), 1e-9);
    assertEquals(0.8, o.forecastAttainment().value(), 1e-12);
    assertEquals(Status.RED, o.forecastStatus());
  }

  @Test
  void last_extendsTheLeastSquaresLineToTheYearEnd_countingGaps() {
    Outlook o =
        outlook(
            plan()
                .kpi(kpi("K").aggregation(Aggregation.LAST).annualTarget(40))
                .actuals("K", "2026-01", 10, 14, NaN, 16, 20),
            "2026-05");
    // x = 0, 1, 3, 4 (March unreported); mean x = 2, mean y = 15
    // Sxy = (-2)(-5) + (-1)(-1) + (1)(1) + (2)(5) = 22; Sxx = 4 + 1 + 1 + 4 = 10; b = 2.2
    // at December (x = 11): 15 + 2.2 * (11 - 2) = 34.8; a = 1 + (34.8 - 40) / 40 = 0.87
    assertEquals(34.8, o.forecast().value(), 1e-9);
    assertEquals(0.87, o.forecastAttainment().value(), 1e-9);
    assertEquals(Status.RED, o.forecastStatus());
  }

  @Test
  void last_lowerIsBetter_fallingLine_isOnTrack() {
    Outlook o =
        outlook(
            plan()
                .kpi(kpi("K").aggregation(Aggregation.LAST).lowerIsBetter().annualTarget(20))
                .actuals("K", "2026-01", 40, 38, 36, 34, 32, 30),
            "2026-06");
    // slope -2 a month; December is 6 months after June: 30 - 2 * 6 = 18
    // lower is better: 1 + (20 - 18) / 20 = 1.1
    assertEquals(18, o.forecast().value(), 1e-9);
    assertEquals(1.1, o.forecastAttainment().value(), 1e-9);
    assertEquals(Status.GREEN, o.forecastStatus());
  }

  @Test
  void last_fewerThanThreePoints_forecastIsTheLastActual() {
    Outlook o =
        outlook(
            plan()
                .kpi(kpi("K").aggregation(Aggregation.LAST))
                .actuals("K", "2026-01", 10, NaN, 12, NaN),
            "2026-04");
    assertEquals(12, o.forecast().value());
  }

  @Test
  void noActualReported_noOutlook() {
    Outlook o =
        outlook(plan().kpi(kpi("K").annualTarget(1200)).actuals("K", "2026-06", 5), "2026-04");
    // the only actual is after P
    assertEquals(Figure.absent("no actual reported"), o.forecast());
    assertEquals(Figure.absent("no actual reported"), o.requiredRunRate());
    assertEquals(Status.NONE, o.forecastStatus());
    assertEquals(List.of(), o.rephasedTargets());
  }
}

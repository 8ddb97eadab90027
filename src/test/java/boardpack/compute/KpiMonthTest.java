package boardpack.compute;

import static boardpack.compute.PlanBuilder.kpi;
import static boardpack.compute.PlanBuilder.month;
import static boardpack.compute.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Figure;
import boardpack.model.KpiScore;
import boardpack.model.Measure;
import boardpack.model.Plan;
import boardpack.model.Status;
import java.time.Month;
import org.junit.jupiter.api.Test;

class KpiMonthTest {

  private static KpiScore score(PlanBuilder builder, String period) {
    Plan plan = builder.build();
    return KpiScoring.score(plan.kpis().getFirst(), plan, month(period));
  }

  private static Measure monthAt(PlanBuilder builder, String period) {
    return score(builder, period).month();
  }

  @Test
  void month_higherIsBetter_belowTarget_isAmber() {
    Measure m =
        monthAt(
            plan().kpi(kpi("K")).targets("K", "2026-03", 200).actuals("K", "2026-03", 190),
            "2026-03");
    // 1 + (190 - 200) / 200 = 0.95, >= 1 - 0.10: amber
    assertEquals(190, m.actual().value());
    assertEquals(200, m.target().value());
    assertEquals(0.95, m.attainment().value(), 1e-12);
    assertEquals(Status.AMBER, m.status());
  }

  @Test
  void month_lowerIsBetter_aboveTarget_isRed() {
    Measure m =
        monthAt(
            plan()
                .kpi(kpi("K").lowerIsBetter())
                .targets("K", "2026-03", 50)
                .actuals("K", "2026-03", 60),
            "2026-03");
    // 1 + (50 - 60) / 50 = 0.8 < 0.9: red
    assertEquals(0.8, m.attainment().value(), 1e-12);
    assertEquals(Status.RED, m.status());
  }

  @Test
  void month_zeroTarget_lowerIsBetter_atZeroIsGreen_aboveZeroIsRed() {
    PlanBuilder builder =
        plan()
            .kpi(kpi("K").lowerIsBetter())
            .targets("K", "2026-01", 0, 0)
            .actuals("K", "2026-01", 0, 3);
    // T = 0: A = 0 is on the good side (or equal): 1; A = 3 is above 0: 0
    assertEquals(1, monthAt(builder, "2026-01").attainment().value());
    assertEquals(Status.GREEN, monthAt(builder, "2026-01").status());
    assertEquals(0, monthAt(builder, "2026-02").attainment().value());
    assertEquals(Status.RED, monthAt(builder, "2026-02").status());
  }

  @Test
  void month_negativeTarget_higherIsBetter_usesAbsoluteTarget() {
    Measure m =
        monthAt(
            plan().kpi(kpi("K")).targets("K", "2026-03", -100).actuals("K", "2026-03", -80),
            "2026-03");
    // 1 + (-80 - -100) / abs(-100) = 1.2: green
    assertEquals(1.2, m.attainment().value(), 1e-12);
    assertEquals(Status.GREEN, m.status());
  }

  @Test
  void month_withinRange_zeroLowerBound_scalesBelowByWidth_andHasNoTarget() {
    PlanBuilder builder = plan().kpi(kpi("K").withinRange(0, 5)).actuals("K", "2026-01", -1, 6, 3);
    // below [0, 5]: L = 0, so s = U - L = 5: 1 - (0 - -1) / 5 = 0.8
    assertEquals(0.8, monthAt(builder, "2026-01").attainment().value(), 1e-12);
    // above: s = abs(U) = 5: 1 - (6 - 5) / 5 = 0.8
    assertEquals(0.8, monthAt(builder, "2026-02").attainment().value(), 1e-12);
    assertEquals(Status.RED, monthAt(builder, "2026-02").status());
    // inside: 1
    assertEquals(Status.GREEN, monthAt(builder, "2026-03").status());
    assertEquals(Figure.absent("measured against its band"), monthAt(builder, "2026-03").target());
  }

  @Test
  void month_withinRange_zeroUpperBound_scalesAboveByWidth() {
    Measure m =
        monthAt(plan().kpi(kpi("K").withinRange(-4, 0)).actuals("K", "2026-01", 1), "2026-01");
    // above [-4, 0]: U = 0, so s = U - L = 4: 1 - (1 - 0) / 4 = 0.75
    assertEquals(0.75, m.attainment().value(), 1e-12);
  }

  @Test
  void month_status_usesThePlansTolerance() {
    Measure m =
        monthAt(
            plan()
                .tolerance(0.25)
                .kpi(kpi("K"))
                .targets("K", "2026-03", 100)
                .actuals("K", "2026-03", 80),
            "2026-03");
    // 1 + (80 - 100) / 100 = 0.8 >= 1 - 0.25: amber (red with the default 10%)
    assertEquals(Status.AMBER, m.status());
  }

  @Test
  void month_targetFromAnnualTarget_sumSpreadsOverTwelveMonths() {
    Measure m =
        monthAt(plan().kpi(kpi("K").annualTarget(1200)).actuals("K", "2026-04", 110), "2026-04");
    // T = 1200 / 12 = 100; 1 + (110 - 100) / 100 = 1.1
    assertEquals(100, m.target().value(), 1e-12);
    assertEquals(1.1, m.attainment().value(), 1e-12);
    assertEquals(Status.GREEN, m.status());
  }

  @Test
  void month_actualWithoutTarget_hasNoAttainment_andNoData() {
    Measure m = monthAt(plan().kpi(kpi("K")).actuals("K", "2026-03", 5), "2026-03");
    assertEquals(5, m.actual().value());
    assertEquals(Figure.absent("no target"), m.attainment());
    assertEquals(Status.NONE, m.status());
  }

  @Test
  void month_notReported_showsTargetWithNoData() {
    Measure m =
        monthAt(
            plan().kpi(kpi("K")).targets("K", "2026-03", 100).actuals("K", "2026-02", 90),
            "2026-03");
    assertEquals(Figure.absent("not reported"), m.actual());
    assertEquals(100, m.target().value());
    assertEquals(Status.NONE, m.status());
  }

  @Test
  void month_quarterlyOutsideQuarterEnd_showsLatestQuarterEndBefore() {
    KpiScore s =
        score(
            plan().kpi(kpi("K").quarterly().annualTarget(400)).actuals("K", "2026-03", 95),
            "2026-05");
    // May is not a quarter end (FY January): March is shown; T = 400 / 4 = 100; 95 / 100 = 0.95
    assertEquals(month("2026-03"), s.shownMonth());
    assertEquals(95, s.month().actual().value());
    assertEquals(0.95, s.month().attainment().value(), 1e-12);
    assertEquals(Status.AMBER, s.month().status());
  }

  @Test
  void month_quarterlyOutsideQuarterEnd_unreportedQuarterEnd_isNoData() {
    KpiScore s =
        score(
            plan().kpi(kpi("K").quarterly().annualTarget(400)).actuals("K", "2026-03", 95),
            "2026-08");
    // June is the latest quarter end before August; March's actual must not stand in for it
    assertEquals(month("2026-06"), s.shownMonth());
    assertEquals(Figure.absent("not reported"), s.month().actual());
    assertEquals(Status.NONE, s.month().status());
  }

  @Test
  void month_quarterlyAtQuarterEnd_showsThePeriod() {
    KpiScore s =
        score(
            plan()
                .fiscalYearStart(Month.APRIL)
                .kpi(kpi("K").quarterly().annualTarget(400))
                .actuals("K", "2026-06", 120),
            "2026-06");
    // FY April: June ends the first quarter; 1 + (120 - 100) / 100 = 1.2
    assertEquals(month("2026-06"), s.shownMonth());
    assertEquals(1.2, s.month().attainment().value(), 1e-12);
  }
}

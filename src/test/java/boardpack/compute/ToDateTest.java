package boardpack.compute;

import static boardpack.compute.PlanBuilder.kpi;
import static boardpack.compute.PlanBuilder.month;
import static boardpack.compute.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Aggregation;
import boardpack.model.Figure;
import boardpack.model.KpiScore;
import boardpack.model.Measure;
import boardpack.model.Plan;
import boardpack.model.Status;
import java.time.Month;
import org.junit.jupiter.api.Test;

class ToDateTest {

  private static final double NaN = Double.NaN;

  private static KpiScore score(PlanBuilder builder, String period) {
    Plan plan = builder.build();
    return KpiScoring.score(plan.kpis().getFirst(), plan, month(period));
  }

  @Test
  void sum_addsActualsAndTargetsOfTheQuarterAndYearToDate() {
    KpiScore s =
        score(
            plan()
                .kpi(kpi("K"))
                .actuals("K", "2026-01", 10, 20, 30, 45, 50)
                .targets("K", "2026-01", 12, 20, 25, 40, 60),
            "2026-05");
    Measure qtd = s.quarterToDate();
    // Q2 = Apr..May: 45 + 50 = 95 against 40 + 60 = 100; 1 + (95 - 100) / 100 = 0.95
    assertEquals(95, qtd.actual().value(), 1e-12);
    assertEquals(100, qtd.target().value(), 1e-12);
    assertEquals(0.95, qtd.attainment().value(), 1e-12);
    assertEquals(Status.AMBER, qtd.status());
    Measure ytd = s.yearToDate();
    // 10 + 20 + 30 + 45 + 50 = 155 against 12 + 20 + 25 + 40 + 60 = 157; 1 + (155 - 157) / 157
    assertEquals(155, ytd.actual().value(), 1e-12);
    assertEquals(157, ytd.target().value(), 1e-12);
    assertEquals(1 - 2.0 / 157, ytd.attainment().value(), 1e-12);
    assertEquals(Status.AMBER, ytd.status());
  }

  @Test
  void sum_unreportedMonthAddsNoTarget() {
    KpiScore s =
        score(
            plan().kpi(kpi("K")).actuals("K", "2026-04", 45, NaN).targets("K", "2026-04", 40, 60),
            "2026-05");
    // only April is reported: 45 against 40 (May's 60 is left out); 1 + 5 / 40 = 1.125
    assertEquals(45, s.quarterToDate().actual().value(), 1e-12);
    assertEquals(40, s.quarterToDate().target().value(), 1e-12);
    assertEquals(1.125, s.quarterToDate().attainment().value(), 1e-12);
    assertEquals(Status.GREEN, s.quarterToDate().status());
  }

  @Test
  void sum_reportedMonthWithoutTarget_makesTheTargetAbsent() {
    KpiScore s =
        score(
            plan().kpi(kpi("K")).actuals("K", "2026-04", 45, 50).targets("K", "2026-04", NaN, 60),
            "2026-05");
    // April has no Targets cell and there is no annual target
    assertEquals(95, s.quarterToDate().actual().value(), 1e-12);
    assertEquals(Figure.absent("no target"), s.quarterToDate().target());
    assertEquals(Figure.absent("no target"), s.quarterToDate().attainment());
    assertEquals(Status.NONE, s.quarterToDate().status());
  }

  @Test
  void average_takesTheMeansOfTheReportedMonthsOnly() {
    KpiScore s =
        score(
            plan()
                .kpi(kpi("K").aggregation(Aggregation.AVERAGE))
                .actuals("K", "2026-04", 50, NaN, 70)
                .targets("K", "2026-04", 60, 90, 60),
            "2026-06");
    // actual (50 + 70) / 2 = 60; target (60 + 60) / 2 = 60, May's 90 left out; a = 1
    assertEquals(60, s.quarterToDate().actual().value(), 1e-12);
    assertEquals(60, s.quarterToDate().target().value(), 1e-12);
    assertEquals(1, s.quarterToDate().attainment().value(), 1e-12);
    assertEquals(Status.GREEN, s.quarterToDate().status());
  }

  @Test
  void last_takesTheLatestReportedMonthAndItsTarget() {
    KpiScore s =
        score(
            plan()
                .kpi(kpi("K").aggregation(Aggregation.LAST))
                .actuals("K", "2026-04", 100, 120, NaN)
                .targets("K", "2026-04", 90, 150, 200),
            "2026-06");
    // May is the latest reported month: 120 against May's 150; 1 + (120 - 150) / 150 = 0.8
    assertEquals(120, s.quarterToDate().actual().value(), 1e-12);
    assertEquals(150, s.quarterToDate().target().value(), 1e-12);
    assertEquals(0.8, s.quarterToDate().attainment().value(), 1e-12);
    assertEquals(Status.RED, s.quarterToDate().status());
  }

  @Test
  void last_latestReportedMonthWithoutTarget_makesTheTargetAbsent() {
    KpiScore s =
        score(
            plan()
                .kpi(kpi("K").aggregation(Aggregation.LAST))
                .actuals("K", "2026-04", 100, 120)
                .targets("K", "2026-04", 90, NaN),
            "2026-05");
    assertEquals(120, s.quarterToDate().actual().value(), 1e-12);
    assertEquals(Figure.absent("no target"), s.quarterToDate().target());
    assertEquals(Status.NONE, s.quarterToDate().status());
  }

  @Test
  void noReportedMonthInTheQuarter_allFiguresAbsent() {
    KpiScore s =
        score(plan().kpi(kpi("K").annualTarget(120)).actuals("K", "2026-01", 10), "2026-05");
    assertEquals(Measure.absent("no reported month"), s.quarterToDate());
    // the year still has January: 10 against 120 / 12 = 10
    assertEquals(1, s.yearToDate().attainment().value(), 1e-12);
  }

  @Test
  void fiscalYearStartingInApril_crossesTheCalendarYear() {
    KpiScore s =
        score(
            plan()
                .fiscalYearStart(Month.APRIL)
                .kpi(kpi("K").annualTarget(120))
                .actuals("K", "2026-03", 1000, 8, 9, 10, 11, 12, 10, 10, 10, 10, 12, 14),
            "2027-02");
    // YTD = Apr 2026 .. Feb 2027 (March 2026 belongs to the year before):
    // 8 + 9 + 10 + 11 + 12 + 10 + 10 + 10 + 10 + 12 + 14 = 116 against 11 * 120 / 12 = 110
    assertEquals(116, s.yearToDate().actual().value(), 1e-12);
    assertEquals(110, s.yearToDate().target().value(), 1e-12);
    assertEquals(1 + 6.0 / 110, s.yearToDate().attainment().value(), 1e-12);
    // fiscal Q4 = Jan .. Mar 2027: 12 + 14 = 26 against 10 + 10 = 20; 1 + 6 / 20 = 1.3
    assertEquals(26, s.quarterToDate().actual().value(), 1e-12);
    assertEquals(20, s.quarterToDate().target().value(), 1e-12);
    assertEquals(1.3, s.quarterToDate().attainment().value(), 1e-12);
  }

  @Test
  void withinRange_gradesTheAverageAgainstTheBand() {
    KpiScore s =
        score(plan().kpi(kpi("K").withinRange(10, 20)).actuals("K", "2026-04", 22, 26), "2026-05");
    // (22 + 26) / 2 = 24, above [10, 20]: 1 - (24 - 20) / 20 = 0.8
    assertEquals(24, s.quarterToDate().actual().value(), 1e-12);
    assertEquals(Figure.absent("measured against its band"), s.quarterToDate().target());
    assertEquals(0.8, s.quarterToDate().attainment().value(), 1e-12);
    assertEquals(Status.RED, s.quarterToDate().status());
  }

  @Test
  void withinRange_givenSum_isAveraged() {
    KpiScore s =
        score(
            plan()
                .kpi(kpi("K").withinRange(10, 20).aggregation(Aggregation.SUM))
                .actuals("K", "2026-04", 22, 26),
            "2026-05");
    // read as Average: (22 + 26) / 2 = 24, not 48
    assertEquals(24, s.quarterToDate().actual().value(), 1e-12);
    assertEquals(24, s.yearToDate().actual().value(), 1e-12);
  }

  @Test
  void quarterlyOutsideQuarterEnd_quarterToDateIsTheCurrentQuarter() {
    KpiScore s =
        score(
            plan().kpi(kpi("K").quarterly().annualTarget(400)).actuals("K", "2026-03", 90),
            "2026-05");
    // Q2 (Apr..Jun) has no reported month by May; the year has March: 90 against 400 / 4 = 100
    assertEquals(Measure.absent("no reported month"), s.quarterToDate());
    assertEquals(90, s.yearToDate().actual().value(), 1e-12);
    assertEquals(100, s.yearToDate().target().value(), 1e-12);
  }
}

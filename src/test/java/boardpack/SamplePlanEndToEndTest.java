package boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.compute.ScorecardEngine;
import boardpack.model.Id;
import boardpack.model.KeyResultScore;
import boardpack.model.KpiScore;
import boardpack.model.LeadLagPair;
import boardpack.model.ObjectiveScore;
import boardpack.model.Plan;
import boardpack.model.Scorecard;
import boardpack.model.Status;
import boardpack.model.Strength;
import boardpack.model.TrendDirection;
import boardpack.read.PlanReader;
import boardpack.read.PlanReading;
import boardpack.read.ReadOptions;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads sample-data (the Northwind Coffee Roasters plan and its ledger export) and checks figures
 * worked out by hand from the sample's numbers and calculations.md. Fiscal year from April, so
 * October 2026 is the first month of fiscal Q3 (Oct-Dec) and the 7th of FY 2026/27 (Apr-Mar).
 * Regenerate the data with boardpack.sample.SamplePlan; these figures must then still hold.
 */
class SamplePlanEndToEndTest {

  private static final Path PLAN = Path.of("sample-data", "northwind-plan.xlsx");
  private static final Path LEDGER = Path.of("sample-data", "northwind-ledger.csv");
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
  private static final double EPS = 1e-9;

  private static PlanReading reading;
  private static Scorecard scorecard;

  @BeforeAll
  static void readAndCompute() throws Exception {
    reading = PlanReader.read(PLAN, new ReadOptions(List.of(LEDGER), false));
    assertFalse(reading.hasErrors(), () -> "sample plan has errors: " + reading.errors());
    scorecard = ScorecardEngine.compute(reading.plan().orElseThrow(), OCTOBER);
  }

  @Test
  void read_samplePlan_takesSettingsSheetsAndLedger() {
    Plan plan = reading.plan().orElseThrow();

    assertEquals("Northwind Coffee Roasters", plan.settings().organisation());
    assertEquals(Optional.of(OCTOBER), plan.settings().reportingPeriod());
    assertEquals(java.time.Month.APRIL, plan.settings().fiscalYearStart());
    assertEquals(Optional.of("GBP"), plan.settings().currency());
    assertEquals(0.10, plan.settings().amberTolerance(), EPS);
    assertEquals("Confidential – Board use only", plan.settings().confidentiality());
    // 16 KPI rows, 6 objectives, 15 key results, 5 comments, 4 recipients; the Notes sheet is
    // ignored.
    assertEquals(16, plan.kpis().size());
    assertEquals(6, plan.objectives().size());
    assertEquals(15, plan.keyResults().size());
    assertEquals(5, plan.commentary().size());
    assertEquals(4, plan.distribution().size());
    // REV's October cell is blank in Actuals; 104,000 comes from the ledger.
    assertEquals(104_000, plan.actualsOf(Id.of("REV")).at(OCTOBER).orElseThrow().number(), EPS);
  }

  @Test
  void revenue_october_fromLedgerAgainstTwelfthOfAnnualTarget_isGreen() {
    KpiScore rev = kpi("REV");

    // T = 1,200,000 / 12 = 100,000; a = 104,000 / 100,000 = 1.04 >= 1: green
    assertEquals(104_000, rev.month().actual().value(), EPS);
    assertEquals(100_000, rev.month().target().value(), EPS);
    assertEquals(1.04, rev.month().attainment().value(), EPS);
    assertEquals(Status.GREEN, rev.month().status());
  }

  @Test
  void revenue_quarterAndYearToDate_sumFiscalMonthsFromAprilAndOctober() {
    KpiScore rev = kpi("REV");

    // QTD: fiscal Q3 starts in October, so October alone: 104,000 vs 100,000
    assertEquals(104_000, rev.quarterToDate().actual().value(), EPS);
    assertEquals(100_000, rev.quarterToDate().target().value(), EPS);
    // YTD Apr-Oct: 92,000 + 95,000 + 98,000 + 101,000 + 97,000 + 103,000 + 104,000 = 690,000;
    // target 7 x 100,000 = 700,000; a = 690,000 / 700,000 = 0.985714..., >= 0.9: amber
    assertEquals(690_000, rev.yearToDate().actual().value(), EPS);
    assertEquals(700_000, rev.yearToDate().target().value(), EPS);
    assertEquals(690.0 / 700.0, rev.yearToDate().attainment().value(), EPS);
    assertEquals(Status.AMBER, rev.yearToDate().status());
  }

  @Test
  void revenue_outlook_forecastsFromLastThreeMonthsAndNeeds102kAMonth() {
    KpiScore rev = kpi("REV");

    // n = 5 (Nov-Mar); r = (97,000 + 103,000 + 104,000) / 3 = 101,333.33
    // forecast = 690,000 + 5 x 101,333.33 = 1,196,666.67; a = 1,196,666.67 / 1,200,000 = 0.99722:
    // amber
    // required run-rate = (1,200,000 - 690,000) / 5 = 102,000
    assertEquals(690_000 + 5 * 304_000 / 3.0, rev.outlook().forecast().value(), 1e-6);
    assertEquals(0.9972222222, rev.outlook().forecastAttainment().value(), 1e-9);
    assertEquals(Status.AMBER, rev.outlook().forecastStatus());
    assertEquals(102_000, rev.outlook().requiredRunRate().value(), 1e-6);
  }

  @Test
  void revenue_trend_slopeOf1600OnTargetOf100k_isImproving() {
    KpiScore rev = kpi("REV");

    // Points May-Oct: 95, 98, 101, 97, 103, 104 (thousand) at x = 0..5, mean x 2.5, Sxx = 17.5
    // Sxy = -2.5x95 - 1.5x98 - 0.5x101 + 0.5x97 + 1.5x103 + 2.5x104 = 28 -> b = 28 / 17.5 = 1.6k
    // s = mean target 100,000; g = 1,600 / 100,000 = 0.016 > 0.01: improving
    assertEquals(1_600, rev.trend().slope().value(), 1e-6);
    assertEquals(0.016, rev.trend().growth().value(), 1e-9);
    assertEquals(Optional.of(TrendDirection.IMPROVING), rev.trend().direction());
  }

  @Test
  void operatingCosts_lowerIsBetter_monthAmberAndYearToDateGreen() {
    KpiScore opex = kpi("OPEX");

    // Month: T = 540,000 / 12 = 45,000; a = 1 + (45,000 - 46,000) / 45,000 = 0.97778: amber
    assertEquals(1 - 1_000 / 45_000.0, opex.month().attainment().value(), EPS);
    assertEquals(Status.AMBER, opex.month().status());
    // YTD: 44,000 + 45,000 + 45,500 + 44,500 + 44,000 + 45,500 + 46,000 = 314,500 vs 7 x 45,000
    // = 315,000; a = 1 + 500 / 315,000 = 1.0015873: green
    assertEquals(314_500, opex.yearToDate().actual().value(), EPS);
    assertEquals(1 + 500 / 315_000.0, opex.yearToDate().attainment().value(), EPS);
    assertEquals(Status.GREEN, opex.yearToDate().status());
  }

  @Test
  void onTimeDelivery_yearToDate_leavesOutJulysTargetBecauseJulyIsNotReported() {
    KpiScore otd = kpi("OTD");

    // Reported Apr, May, Jun, Aug, Sep, Oct: (0.94 + 0.95 + 0.92 + 0.93 + 0.94 + 0.96) / 6 = 0.94
    // Same months' targets: (0.93 + 0.93 + 0.93 + 0.94 + 0.94 + 0.95) / 6 = 0.936667
    // a = 5.64 / 5.62 = 1.0035587: green
    assertEquals(0.94, otd.yearToDate().actual().value(), EPS);
    assertEquals(5.62 / 6, otd.yearToDate().target().value(), EPS);
    assertEquals(5.64 / 5.62, otd.yearToDate().attainment().value(), EPS);
    assertEquals(Status.GREEN, otd.yearToDate().status());
    // No Annual target cell, all 12 months in Targets: Y = (3 x 0.93 + 3 x 0.94 + 6 x 0.95) / 12 =
    // 0.9425
    assertEquals(0.9425, otd.annualTarget().value(), EPS);
  }

  @Test
  void netPromoterScore_quarterly_showsSeptemberInOctober() {
    KpiScore nps = kpi("NPS");

    // October is not a quarter end: shown month is September, 48 vs 45 -> 1.0667: green
    assertEquals(YearMonth.of(2026, 9), nps.shownMonth());
    assertEquals(48, nps.month().actual().value(), EPS);
    assertEquals(48 / 45.0, nps.month().attainment().value(), EPS);
    assertEquals(Status.GREEN, nps.month().status());
    // Q3 (Oct-Dec) has no reported month yet: absent. YTD Average of Jun 46 and Sep 48 = 47 vs 45.
    assertTrue(nps.quarterToDate().actual().isAbsent());
    assertEquals(47, nps.yearToDate().actual().value(), EPS);
    assertEquals(47 / 45.0, nps.yearToDate().attainment().value(), EPS);
  }

  @Test
  void inventoryDays_withinRange_aboveUpperBound_gradedAgainstTheBand() {
    KpiScore inv = kpi("INV");

    // Band [20, 30], October 35: a = 1 - (35 - 30) / 30 = 0.8333: red
    assertEquals(1 - 5 / 30.0, inv.month().attainment().value(), EPS);
    assertEquals(Status.RED, inv.month().status());
    // YTD Average: (27 + 28 + 29 + 30 + 29 + 34 + 35) / 7 = 212 / 7 = 30.2857;
    // a = 1 - (212 / 7 - 30) / 30 = 1 - 2 / 210 = 0.990476: amber
    assertEquals(212 / 7.0, inv.yearToDate().actual().value(), EPS);
    assertEquals(1 - 2 / 210.0, inv.yearToDate().attainment().value(), EPS);
    assertEquals(Status.AMBER, inv.yearToDate().status());
  }

  @Test
  void cash_last_outlookExtendsTheTrendLineToMarch() {
    KpiScore cash = kpi("CASH");

    // Month: 430,000 / 450,000 = 0.9556: amber
    assertEquals(430 / 450.0, cash.month().attainment().value(), EPS);
    assertEquals(Status.AMBER, cash.month().status());
    // Trend points May-Oct 380k..430k rise 10,000 a month; Oct + 5 months (Mar 2027) = 480,000
    // forecast attainment 480,000 / 450,000 = 1.0667: green
    assertEquals(480_000, cash.outlook().forecast().value(), 1e-6);
    assertEquals(480 / 450.0, cash.outlook().forecastAttainment().value(), 1e-9);
    assertEquals(Status.GREEN, cash.outlook().forecastStatus());
  }

  @Test
  void roastingWaste_redTwoMonthsAndNoObjective_needsAnOkr() {
    KpiScore waste = kpi("WASTE");

    // Oct: a = 1 + (0.03 - 0.038) / 0.03 = 0.7333 red; Sep: 1 + (0.03 - 0.036) / 0.03 = 0.8 red
    assertEquals(1 - 0.008 / 0.03, waste.month().attainment().value(), EPS);
    assertEquals(Status.RED, waste.month().status());
    assertTrue(waste.needsOkr());
    // Trend May-Oct 0.029, 0.030, 0.031, 0.032, 0.036, 0.038: Sxy = 0.032, b = 0.032 / 17.5
    // = 0.00182857; g = -b / 0.03 = -0.0609524 (lower is better): worsening
    assertEquals(-0.032 / 17.5 / 0.03, waste.trend().growth().value(), 1e-9);
    assertEquals(Optional.of(TrendDirection.WORSENING), waste.trend().direction());
  }

  @Test
  void needsOkr_isFalse_whenAnActiveKeyResultTracksTheKpiOrItRecovered() {
    // INV: red in Sep (34: 1 - 4/30 = 0.867) and Oct (0.833), but KR6.2 of active O6 tracks it
    assertFalse(kpi("INV").needsOkr());
    // SUBS: red in Sep (82 / 100 = 0.82) but green in Oct (108 / 100 = 1.08)
    assertFalse(kpi("SUBS").needsOkr());
  }

  @Test
  void trialsLeadSubscriptions_lagFoundFromData_isOneMonthAndStrong() {
    LeadLagPair pair = pair("TRIALS");

    // Lag 1, 23 pairs TRIALS(Nov 24..Sep 26) with SUBS(Dec 24..Oct 26):
    // Sx = 11,860, Sy = 2,012, Sxy = 1,061,140, Sxx = 6,279,600, Syy = 179,544
    // r = (23 x 1,061,140 - 11,860 x 2,012) / sqrt((23 x 6,279,600 - 11,860^2)(23 x 179,544 -
    // 2,012^2))
    //   = 543,900 / sqrt(3,771,200 x 81,368) = 0.981867; other lags: 0: -0.62, 2: -0.62, 3: 0.42,
    //   4: -0.44, 5: 0.47, 6: -0.15. Strong (>= 0.7).
    assertEquals(7, pair.lags().size());
    assertEquals(Optional.of(1), pair.bestLag());
    assertEquals(23, pair.pairs());
    assertEquals(0.9818665291, pair.r().value(), 1e-9);
    assertEquals(Optional.of(Strength.STRONG), pair.strength());
    // Fit SUBS = 13.1085 + 0.144225 x TRIALS; November from October's 520 trials: 88.1 vs the
    // November target 110: a = 0.801, red -> early warning on SUBS
    assertEquals(1, pair.predictions().size());
    assertEquals(88.105325, pair.predictions().get(0).predicted(), 1e-5);
    assertEquals(Status.RED, pair.predictions().get(0).status());
    assertTrue(kpi("SUBS").earlyWarning());
  }

  @Test
  void callsLeadNewRevenue_givenLagTwo_onlyThatLagIsTried() {
    LeadLagPair pair = pair("CALLS");

    // 22 pairs CALLS(Nov 24..Aug 26) with NEWREV(Jan 25..Oct 26): Sx = 10,800, Sy = 541,600,
    // Sxy = 268,741,000, Sxx = 5,374,800, Syy = 13,456,500,000
    // r = 63,022,000 / sqrt(1,605,600 x 2,712,440,000) = 0.954978: strong
    assertEquals(1, pair.lags().size());
    assertEquals(Optional.of(2), pair.bestLag());
    assertEquals(22, pair.pairs());
    assertEquals(0.9549781423, pair.r().value(), 1e-9);
    assertEquals(Optional.of(Strength.STRONG), pair.strength());
    // Nov and Dec predicted 27,723 and 28,900 vs 25,000: green, no early warning
    assertFalse(kpi("NEWREV").earlyWarning());
  }

  @Test
  void activeSubscribers_windowEndedInSeptember_progressFromSeptemberAndCarriedForward() {
    KeyResultScore kr = keyResult("KR4.1");

    // Window Apr-Sep (O4); October's 1,010 is outside it. C = 960; p = (960 - 0) / (1,000 - 0) =
    // 0.96
    // P is after the window: e = 1, graded as OKRs: 0.96 >= 0.7 green
    assertEquals(960, kr.current().value(), EPS);
    assertEquals(0.96, kr.progress(), EPS);
    assertEquals(1.0, kr.expected(), EPS);
    assertEquals(Status.GREEN, kr.status());
    // Outcome KR, no KPI, O4 ended in September (one month before P) with score 0.955 >= 0.7
    assertTrue(kr.carryForward().isPresent());
    assertEquals(1_000, kr.carryForward().get().annualTarget().value(), EPS);
    // KR4.3 is tracked by SUBS, so it is not proposed
    assertTrue(keyResult("KR4.3").carryForward().isEmpty());
  }

  @Test
  void keyResults_milestoneDoneThresholdOutsideAndSumOfCallsInWindow() {
    // KR4.2 Milestone: latest value in its window (Apr-Aug) is "Done" = 1: achieved
    assertEquals(1.0, keyResult("KR4.2").progress(), EPS);
    assertEquals(Status.ACHIEVED, keyResult("KR4.2").status());
    // KR6.2 Threshold [20, 30] on INV: C = 35, outside: p = 0, red before Dec
    assertEquals(35, keyResult("KR6.2").current().value(), EPS);
    assertEquals(0.0, keyResult("KR6.2").progress(), EPS);
    assertEquals(Status.RED, keyResult("KR6.2").status());
    // KR3.1 on CALLS (Sum): window Oct-Dec up to Oct = 600; p = 600 / 1,500 = 0.4;
    // e = 1 / 3; 0.4 >= 1/3 - 0.10: green
    assertEquals(600, keyResult("KR3.1").current().value(), EPS);
    assertEquals(0.4, keyResult("KR3.1").progress(), EPS);
    assertEquals(1 / 3.0, keyResult("KR3.1").expected(), EPS);
    assertEquals(Status.GREEN, keyResult("KR3.1").status());
  }

  @Test
  void subscriptionObjective_weightedMeanOfItsKeyResults() {
    ObjectiveScore o4 = objective("O4");

    // KR4.1 p 0.96 (weight 2), KR4.2 p 1 (1), KR4.3 SUBS Apr-Sep 98 + 77 + 106 + 81 + 96 + 82 =
    // 540,
    // p = 540 / 600 = 0.9 (1): score = (2 x 0.96 + 1 + 0.9) / 4 = 0.955; expected 1; green
    assertEquals(0.955, o4.score().value(), EPS);
    assertEquals(1.0, o4.expected().value(), EPS);
    assertEquals(Status.GREEN, o4.status());
  }

  @Test
  void winCustomersObjective_countsItsChildObjectiveAsOneMorePart() {
    ObjectiveScore o2 = objective("O2");

    // KR2.1 NEWREV Jul-Oct 26,400 + 28,600 + 26,900 + 26,100 = 108,000; p = 108,000 / 150,000 =
    // 0.72
    // KR2.2 Baseline reported in Aug: p = 1; both e = 4 / 6 (Jul-Dec)
    // Child O3: (KR3.1 0.4 + KR3.2 milestone 0.4) / 2 = 0.4, expected 1/3
    // score = (0.72 + 1 + 0.4) / 3 = 0.706667; expected = (2/3 + 2/3 + 1/3) / 3 = 5/9; green
    assertEquals(2.12 / 3, o2.score().value(), EPS);
    assertEquals(5 / 9.0, o2.expected().value(), EPS);
    assertEquals(Status.GREEN, o2.status());
    // O2 names NEWREV: October 26,100 / 25,000 = 1.044, green
    assertEquals(Optional.of(Status.GREEN), o2.kpiStatus());
  }

  @Test
  void manchesterObjective_notStarted_hasNoScore() {
    ObjectiveScore o5 = objective("O5");

    // Starts Jan 2027: no KR value in its window
    assertTrue(o5.score().isAbsent());
    assertEquals(Status.NONE, o5.status());
  }

  private static KpiScore kpi(String id) {
    return scorecard.kpis().stream()
        .filter(k -> k.id().equals(Id.of(id)))
        .findFirst()
        .orElseThrow();
  }

  private static KeyResultScore keyResult(String id) {
    return scorecard.keyResults().stream()
        .filter(k -> k.id().equals(Id.of(id)))
        .findFirst()
        .orElseThrow();
  }

  private static ObjectiveScore objective(String id) {
    return scorecard.objectives().stream()
        .filter(o -> o.id().equals(Id.of(id)))
        .findFirst()
        .orElseThrow();
  }

  private static LeadLagPair pair(String leading) {
    return scorecard.pairs().stream()
        .filter(p -> p.leading().equals(Id.of(leading)))
        .findFirst()
        .orElseThrow();
  }
}

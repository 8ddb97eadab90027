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
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.model.Aggregation;
import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.KeyResultScore;
import boardpack.model.Kpi;
import boardpack.model.Metric;
import boardpack.model.Plan;
import boardpack.model.Status;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KeyResultScoringTest {

  /** Objective O runs Jan to Jun 2026; KRs are due in Jun unless a test says otherwise. */
  private static PlanBuilder withObjective() {
    return plan().objective(objective("O", "2026-01", "2026-06"));
  }

  private static KeyResultScore only(Plan plan, String period) {
    Map<Id, Kpi> kpis =
        plan.kpis().stream().collect(Collectors.toMap(Kpi::id, Function.identity()));
    return KeyResultScoring.scoreAll(plan, kpis, month(period)).get(0);
  }

  private static KeyResultScore milestoneAt(double value, String period) {
    Plan plan =
        withObjective()
            .keyResult(keyResult("M", "O", Metric.MILESTONE, "2026-06", 1))
            .actuals("M", "2026-01", value)
            .build();
    return only(plan, period);
  }

  @Test
  void increase_progressIsShareOfTheWayFromStartToTarget() {
    // own Actuals row, latest in the window up to Mar: 15; p = (15 - 10) / (20 - 10) = 0.5;
    // e = 3 / 6 = 0.5; 0.5 >= 0.5 - 0.10: green
    Plan plan =
        withObjective()
            .keyResult(moving("KR", "O", 10, 20, "2026-06"))
            .actuals("KR", "2026-01", 12, 15)
            .build();

    KeyResultScore score = only(plan, "2026-03");

    assertEquals(15, score.current().value());
    assertEquals(0.5, score.progress(), 1e-12);
    assertEquals(0.5, score.expected(), 1e-12);
    assertEquals(Status.GREEN, score.status());
  }

  @Test
  void decrease_progressIsShareOfTheWayDown() {
    // p = (90 - 100) / (80 - 100) = 0.5
    Plan plan =
        withObjective()
            .keyResult(moving("KR", "O", 100, 80, "2026-06"))
            .actuals("KR", "2026-02", 90)
            .build();

    assertEquals(0.5, only(plan, "2026-03").progress(), 1e-12);
  }

  @Test
  void increase_pastTarget_isClampedToOne_andAchieved() {
    // (25 - 10) / (20 - 10) = 1.5, clamped to 1
    Plan plan =
        withObjective()
            .keyResult(moving("KR", "O", 10, 20, "2026-06"))
            .actuals("KR", "2026-02", 25)
            .build();

    KeyResultScore score = only(plan, "2026-03");

    assertEquals(1, score.progress());
    assertEquals(Status.ACHIEVED, score.status());
  }

  @Test
  void increase_behindStart_isClampedToZero_andBehind() {
    // (5 - 10) / (20 - 10) = -0.5, clamped to 0; e = 0.5; 0 < 0.5 - 0.25: red
    Plan plan =
        withObjective()
            .keyResult(moving("KR", "O", 10, 20, "2026-06"))
            .actuals("KR", "2026-02", 5)
            .build();

    KeyResultScore score = only(plan, "2026-03");

    assertEquals(0, score.progress());
    assertEquals(Status.RED, score.status());
  }

  @Test
  void progress_startAndTargetFurtherApartThanADoubleHolds_isStillTheShareMoved() {
    KeyResult wide = moving("KR", "O", Metric.INCREASE, -1e308, 1e308, "2026-06");

    // (C - S) / (T - S) = (0 + 1e308) / 2e308 = 0.5, though T - S overflows a double
    assertEquals(0.5, KeyResultScoring.progress(wide, 0));
    // (1.5e308 + 1e308) / 2e308 = 1.25, clamped to 1
    assertEquals(1, KeyResultScoring.progress(wide, 1.5e308));
  }

  @Test
  void targetEqualsStart_isOneOnlyOnceReachedInTheMetricsDirection() {
    KeyResult up = moving("KR", "O", Metric.INCREASE, 50, 50, "2026-06");
    KeyResult down = moving("KR", "O", Metric.DECREASE, 50, 50, "2026-06");

    assertEquals(1, KeyResultScoring.progress(up, 50));
    assertEquals(1, KeyResultScoring.progress(up, 51));
    assertEquals(0, KeyResultScoring.progress(up, 49));
    assertEquals(1, KeyResultScoring.progress(down, 49));
    assertEquals(1, KeyResultScoring.progress(down, 50));
    assertEquals(0, KeyResultScoring.progress(down, 51));
  }

  @Test
  void threshold_isOneInsideTheBand_greenBeforeDue_redOutside() {
    KeyResult kr = threshold("T", "O", 5, 8, "2026-06");
    Plan inside = withObjective().keyResult(kr).actuals("T", "2026-02", 6).build();
    Plan outside = withObjective().keyResult(kr).actuals("T", "2026-02", 9).build();

    assertEquals(1, only(inside, "2026-03").progress());
    assertEquals(Status.GREEN, only(inside, "2026-03").status());
    assertEquals(0, only(outside, "2026-03").progress());
    assertEquals(Status.RED, only(outside, "2026-03").status());
    // at its due month the band was kept: achieved
    assertEquals(Status.ACHIEVED, only(inside, "2026-06").status());
  }

  @Test
  void threshold_outsideTheBandEarly_isRed_evenThoughExpectedIsSmall() {
    // Jan: e = 1 / 6; the e - 0.25 rule would say amber for p = 0, the Threshold rule says red
    Plan plan =
        withObjective()
            .keyResult(threshold("T", "O", 5, 8, "2026-06"))
            .actuals("T", "2026-01", 4)
            .build();

    assertEquals(Status.RED, only(plan, "2026-01").status());
  }

  @Test
  void milestone_isTheFractionClamped_doneIsOne() {
    assertEquals(0.4, milestoneAt(0.4, "2026-03").progress());
    assertEquals(1, milestoneAt(1, "2026-03").progress()); // Done is read as 1
    assertEquals(Status.ACHIEVED, milestoneAt(1, "2026-03").status());
    assertEquals(1, milestoneAt(1.3, "2026-03").progress());
    assertEquals(0, milestoneAt(-0.2, "2026-03").progress());
  }

  @Test
  void baseline_isOneOnceAnyValueIsReported_elseZeroAndNoData() {
    Plan reported =
        withObjective()
            .keyResult(keyResult("B", "O", Metric.BASELINE, "2026-06", 1))
            .actuals("B", "2026-02", 0)
            .build();
    Plan silent =
        withObjective().keyResult(keyResult("B", "O", Metric.BASELINE, "2026-06", 1)).build();

    assertEquals(1, only(reported, "2026-03").progress());
    KeyResultScore none = only(silent, "2026-03");
    assertEquals(0, none.progress());
    assertEquals(Status.NONE, none.status());
    assertEquals("no value in the window", none.current().absentReason());
  }

  @Test
  void trackedBySumKpi_sumsTheWindowMonthsUpToPeriod() {
    // Dec 2025 is before the window, Apr after P: C = 10 + 20 + 30 = 60; p = 60 / 120 = 0.5
    Plan plan =
        withObjective()
            .kpi(kpi("S"))
            .keyResult(tracking(moving("KR", "O", 0, 120, "2026-06"), "S"))
            .actuals("S", "2025-12", 100, 10, 20, 30, 40)
            .build();

    KeyResultScore score = only(plan, "2026-03");

    assertEquals(60, score.current().value());
    assertEquals(0.5, score.progress(), 1e-12);
  }

  @Test
  void trackedByAverageKpi_takesTheLatestReportedValueInTheWindow() {
    Plan plan =
        withObjective()
            .kpi(kpi("A").aggregation(Aggregation.AVERAGE))
            .keyResult(tracking(moving("KR", "O", 0, 120, "2026-06"), "A"))
            .actuals("A", "2025-12", 100, 10, 20, 30, 40)
            .build();

    assertEquals(30, only(plan, "2026-03").current().value());
  }

  @Test
  void windowEndsAtDue_valuesAfterDueAreNotCounted() {
    // due Feb, P = Apr: Sum KPI C = 1 + 2 = 3; e = 1 after the window
    Plan plan =
        withObjective()
            .kpi(kpi("S"))
            .keyResult(tracking(moving("KR", "O", 0, 6, "2026-02"), "S"))
            .actuals("S", "2026-01", 1, 2, 3, 4)
            .build();

    KeyResultScore score = only(plan, "2026-04");

    assertEquals(3, score.current().value());
    assertEquals(1, score.expected());
  }

  @Test
  void valueOnlyBeforeTheWindow_isNoData() {
    Plan plan =
        withObjective()
            .keyResult(moving("KR", "O", 0, 10, "2026-06"))
            .actuals("KR", "2025-12", 5)
            .build();

    KeyResultScore score = only(plan, "2026-03");

    assertTrue(score.current().isAbsent());
    assertEquals(Status.NONE, score.status());
  }

  @Test
  void expectedProgress_beforeInsideAndAfterTheWindow() {
    // window Jan..Jun 2026: 6 months
    assertEquals(
        0, KeyResultScoring.expectedProgress(month("2026-01"), month("2026-06"), month("2025-12")));
    // Jan and Feb elapsed: 2 / 6
    assertEquals(
        2.0 / 6,
        KeyResultScoring.expectedProgress(month("2026-01"), month("2026-06"), month("2026-02")),
        1e-15);
    assertEquals(
        1, KeyResultScoring.expectedProgress(month("2026-01"), month("2026-06"), month("2026-06")));
    assertEquals(
        1, KeyResultScoring.expectedProgress(month("2026-01"), month("2026-06"), month("2026-09")));
  }

  @Test
  void statusBeforeDue_comparesProgressWithExpected() {
    // P = Mar, window Jan..Jun: e = 0.5. 0.45 >= 0.40 green; 0.30 >= 0.25 amber; 0.20 red
    assertEquals(Status.GREEN, milestoneAt(0.45, "2026-03").status());
    assertEquals(Status.AMBER, milestoneAt(0.30, "2026-03").status());
    assertEquals(Status.RED, milestoneAt(0.20, "2026-03").status());
  }

  @Test
  void statusFromDue_isGradedAsOkrs() {
    // P = Jun = Due: e = 1, but the grading is 0.7 / 0.4 (e - 0.25 = 0.75 would call 0.7 red)
    assertEquals(Status.GREEN, milestoneAt(0.7, "2026-06").status());
    assertEquals(Status.AMBER, milestoneAt(0.4, "2026-06").status());
    assertEquals(Status.RED, milestoneAt(0.39, "2026-06").status());
    assertEquals(Status.ACHIEVED, milestoneAt(1, "2026-08").status());
  }
}

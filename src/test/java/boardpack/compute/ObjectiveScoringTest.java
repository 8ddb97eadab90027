package boardpack.compute;

import static boardpack.compute.PlanBuilder.keyResult;
import static boardpack.compute.PlanBuilder.kpi;
import static boardpack.compute.PlanBuilder.month;
import static boardpack.compute.PlanBuilder.objective;
import static boardpack.compute.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.KeyResultScore;
import boardpack.model.KpiScore;
import boardpack.model.Metric;
import boardpack.model.Objective;
import boardpack.model.ObjectiveScore;
import boardpack.model.Plan;
import boardpack.model.Status;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObjectiveScoringTest {

  private static List<ObjectiveScore> scores(Plan plan, String period) {
    return scores(plan, period, Map.of());
  }

  private static List<ObjectiveScore> scores(Plan plan, String period, Map<Id, KpiScore> kpis) {
    List<KeyResultScore> krs = KeyResultScoring.scoreAll(plan, Map.of(), month(period));
    return ObjectiveScoring.scoreAll(plan.objectives(), krs, kpis, month(period));
  }

  private static ObjectiveScore find(List<ObjectiveScore> scores, String id) {
    return scores.stream().filter(s -> s.id().equals(Id.of(id))).findFirst().orElseThrow();
  }

  /** A Milestone KR whose progress is simply its reported fraction. */
  private static KeyResult milestone(String id, String objective, String due, double weight) {
    return keyResult(id, objective, Metric.MILESTONE, due, weight);
  }

  @Test
  void score_isTheWeightedMeanOfProgress_andExpectedOfE() {
    // P = Mar. A: weight 2, p 0.5, e 3/6 = 0.5. B: weight 1, p 0.8, due Mar so e = 1.
    // score = (2 * 0.5 + 1 * 0.8) / 3 = 0.6; expected = (2 * 0.5 + 1 * 1) / 3 = 0.6667;
    // before End (Jun): 0.6 >= 0.6667 - 0.10: green
    Plan plan =
        plan()
            .objective(objective("O", "2026-01", "2026-06"))
            .keyResult(milestone("A", "O", "2026-06", 2))
            .keyResult(milestone("B", "O", "2026-03", 1))
            .actuals("A", "2026-03", 0.5)
            .actuals("B", "2026-03", 0.8)
            .build();

    ObjectiveScore score = scores(plan, "2026-03").get(0);

    assertEquals(0.6, score.score().value(), 1e-12);
    assertEquals(2.0 / 3, score.expected().value(), 1e-12);
    assertEquals(Status.GREEN, score.status());
  }

  @Test
  void score_weightsNearTheLimitOfADouble_areStillAWeightedMean() {
    // A: weight 1e308, p 1; B: weight 1e308, p 0. The weights add past a double's 1.8e308, yet
    // score = (1e308 * 1 + 1e308 * 0) / 2e308 = 0.5; e = 3 / 6 for both, so expected = 0.5
    Plan plan =
        plan()
            .objective(objective("O", "2026-01", "2026-06"))
            .keyResult(milestone("A", "O", "2026-06", 1e308))
            .keyResult(milestone("B", "O", "2026-06", 1e308))
            .actuals("A", "2026-03", 1)
            .actuals("B", "2026-03", 0)
            .build();

    ObjectiveScore score = scores(plan, "2026-03").get(0);

    assertEquals(0.5, score.score().value());
    assertEquals(0.5, score.expected().value());
  }

  @Test
  void score_subnormalWeights_stillWeighTheirKeyResults() {
    // A and B: weight 4.9e-324 (the smallest double), p 0.5 each: score = 0.5, not the 0 that
    // 4.9e-324 * 0.5 (rounded to 0) over 9.8e-324 would give
    Plan plan =
        plan()
            .objective(objective("O", "2026-01", "2026-06"))
            .keyResult(milestone("A", "O", "2026-06", Double.MIN_VALUE))
            .keyResult(milestone("B", "O", "2026-06", Double.MIN_VALUE))
            .actuals("A", "2026-03", 0.5)
            .actuals("B", "2026-03", 0.5)
            .build();

    assertEquals(0.5, scores(plan, "2026-03").get(0).score().value());
  }

  @Test
  void keyResultWithNoData_countsAsZero() {
    // as above plus C (weight 1, no value, e 0.5): score = (1 + 0.8 + 0) / 4 = 0.45;
    // expected = (1 + 1 + 0.5) / 4 = 0.625; 0.45 < 0.525 but >= 0.375: amber
    Plan plan =
        plan()
            .objective(objective("O", "2026-01", "2026-06"))
            .keyResult(milestone("A", "O", "2026-06", 2))
            .keyResult(milestone("B", "O", "2026-03", 1))
            .keyResult(milestone("C", "O", "2026-06", 1))
            .actuals("A", "2026-03", 0.5)
            .actuals("B", "2026-03", 0.8)
            .build();

    ObjectiveScore score = scores(plan, "2026-03").get(0);

    assertEquals(0.45, score.score().value(), 1e-12);
    assertEquals(0.625, score.expected().value(), 1e-12);
    assertEquals(Status.AMBER, score.status());
  }

  @Test
  void threeLevelCascade_eachChildIsOneMorePartOfWeightOne() {
    // P = Mar, every KR due Jun: e = 0.5 everywhere.
    // C: KR 0.3 -> 0.3 (amber: 0.3 < 0.4, >= 0.25)
    // B: KR 0.6 and child C -> (0.6 + 0.3) / 2 = 0.45, expected 0.5 (green: >= 0.4)
    // A: KR 0.9 and child B -> (0.9 + 0.45) / 2 = 0.675, expected 0.5 (green)
    Plan plan =
        plan()
            .objective(objective("A", "2026-01", "2026-06"))
            .objective(objective("B", "2026-01", "2026-06", "A", null))
            .objective(objective("C", "2026-01", "2026-06", "B", null))
            .keyResult(milestone("KA", "A", "2026-06", 1))
            .keyResult(milestone("KB", "B", "2026-06", 1))
            .keyResult(milestone("KC", "C", "2026-06", 1))
            .actuals("KA", "2026-03", 0.9)
            .actuals("KB", "2026-03", 0.6)
            .actuals("KC", "2026-03", 0.3)
            .build();

    List<ObjectiveScore> scores = scores(plan, "2026-03");

    assertEquals(0.3, find(scores, "C").score().value(), 1e-12);
    assertEquals(Status.AMBER, find(scores, "C").status());
    assertEquals(0.45, find(scores, "B").score().value(), 1e-12);
    assertEquals(0.5, find(scores, "B").expected().value(), 1e-12);
    assertEquals(Status.GREEN, find(scores, "B").status());
    assertEquals(0.675, find(scores, "A").score().value(), 1e-12);
    assertEquals(0.5, find(scores, "A").expected().value(), 1e-12);
    assertEquals(
        List.of(Id.of("A"), Id.of("B"), Id.of("C")),
        scores.stream().map(ObjectiveScore::id).toList());
  }

  @Test
  void childWithNoScore_isLeftOut() {
    // child C has a KR with no value: no score, so A is its own KR alone: 0.6, not (0.6 + 0) / 2
    Plan plan =
        plan()
            .objective(objective("C", "2026-01", "2026-06", "A", null))
            .objective(objective("A", "2026-01", "2026-06"))
            .keyResult(milestone("KA", "A", "2026-06", 1))
            .keyResult(milestone("KC", "C", "2026-06", 1))
            .actuals("KA", "2026-03", 0.6)
            .build();

    List<ObjectiveScore> scores = scores(plan, "2026-03");

    assertTrue(find(scores, "C").score().isAbsent());
    assertEquals(0.6, find(scores, "A").score().value(), 1e-12);
  }

  @Test
  void objectiveNotStarted_hasNoScoreNoExpectedAndNoData() {
    // starts Apr; the Mar value is outside the KR's window
    Plan plan =
        plan()
            .objective(objective("O", "2026-04", "2026-06"))
            .keyResult(milestone("K", "O", "2026-06", 1))
            .actuals("K", "2026-03", 0.5)
            .build();

    ObjectiveScore score = scores(plan, "2026-03").get(0);

    assertEquals(Reasons.NO_SCORE, score.score().absentReason());
    assertTrue(score.expected().isAbsent());
    assertEquals(Status.NONE, score.status());
  }

  @Test
  void everyPartAtOne_isAchieved_andAfterEndIsGraded() {
    Plan plan =
        plan()
            .objective(objective("O", "2026-01", "2026-03"))
            .objective(objective("P", "2026-01", "2026-03"))
            .keyResult(milestone("K1", "O", "2026-03", 1))
            .keyResult(milestone("K2", "O", "2026-03", 3))
            .keyResult(milestone("K3", "P", "2026-03", 1))
            .actuals("K1", "2026-02", 1)
            .actuals("K2", "2026-02", 1)
            .actuals("K3", "2026-02", 0.7)
            .build();

    List<ObjectiveScore> scores = scores(plan, "2026-04");

    assertEquals(Status.ACHIEVED, find(scores, "O").status());
    // after End: 0.7 >= 0.7 green (e = 1 would have made it red before End)
    assertEquals(Status.GREEN, find(scores, "P").status());
  }

  @Test
  void activeObjectiveNamingKpi_showsThatKpisMonthStatus() {
    Plan plan =
        plan()
            .kpi(kpi("X"))
            .objective(objective("O", "2026-01", "2026-06", null, "X"))
            .objective(objective("Old", "2025-01", "2025-06", null, "X"))
            .build();
    Map<Id, KpiScore> kpis =
        Map.of(Id.of("X"), KpiScores.score(plan.kpis().get(0), "2026-03", Status.AMBER));

    List<ObjectiveScore> scores = scores(plan, "2026-03", kpis);

    assertEquals(Optional.of(Status.AMBER), find(scores, "O").kpiStatus());
    assertEquals(Optional.empty(), find(scores, "Old").kpiStatus());
  }

  @Test
  void deepCascade_ofTwentyThousandLevels_isScored_childrenFirst() {
    // a chain O0 <- O1 <- ... <- O19999, only the deepest with a KR (0.5): every level scores 0.5
    int depth = 20_000;
    List<Objective> chain = new ArrayList<>();
    for (int i = 0; i < depth; i++) {
      chain.add(objective("O" + i, "2026-01", "2026-06", i == 0 ? null : "O" + (i - 1), null));
    }
    KeyResult kr = milestone("K", "O" + (depth - 1), "2026-06", 1);
    KeyResultScore krScore =
        KeyResultScoring.score(
            kr,
            YearMonth.of(2026, 1),
            new KeyResultScoring.Readings(
                plan().actuals("K", "2026-03", 0.5).build().actualsOf(Id.of("K")), false),
            month("2026-03"));

    List<ObjectiveScore> scores =
        ObjectiveScoring.scoreAll(chain, List.of(krScore), Map.of(), month("2026-03"));

    assertEquals(0.5, scores.get(0).score().value(), 1e-12);
    assertEquals(depth, scores.size());
  }
}

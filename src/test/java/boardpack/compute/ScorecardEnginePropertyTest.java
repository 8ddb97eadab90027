package boardpack.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import boardpack.model.Aggregation;
import boardpack.model.Band;
import boardpack.model.Figure;
import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.KeyResultScore;
import boardpack.model.KeyResultType;
import boardpack.model.Kpi;
import boardpack.model.LeadLagPair;
import boardpack.model.Metric;
import boardpack.model.Objective;
import boardpack.model.ObjectiveScore;
import boardpack.model.Plan;
import boardpack.model.Scorecard;
import boardpack.model.Status;
import java.lang.reflect.RecordComponent;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 300 random plans (seeded, so a failure repeats): every direction, aggregation and frequency,
 * bands with zero bounds, zero and negative targets, gaps, constant series, cascades and KRs of
 * every metric. Whatever the plan, every figure is absent or finite and every progress and expected
 * value lies in [0, 1].
 */
class ScorecardEnginePropertyTest {

  private static final long SEED = 20_260_331L;
  private static final double[][] BANDS = {{0, 0}, {0, 5}, {-3, 0}, {-5, -1}, {2, 2}, {10, 20}};
  private static final double[] TARGETS = {0, -10, 5, 100, 0.75, 1e6};

  private final Random random = new Random(SEED);

  @Test
  void anyPlan_everyFigureIsAbsentOrFinite_andProgressIsBetweenZeroAndOne() {
    int fitted = 0;
    int carried = 0;
    for (int run = 0; run < 300; run++) {
      YearMonth period = YearMonth.of(2025, 1).plusMonths(random.nextInt(24));
      Plan plan = randomPlan(period);
      Scorecard scorecard;
      try {
        scorecard = ScorecardEngine.compute(plan, period);
      } catch (RuntimeException e) {
        throw new AssertionError("run " + run + " (seed " + SEED + ") threw " + e, e);
      }
      checkFinite(scorecard.kpis(), "run " + run + " kpis");
      checkFinite(scorecard.pairs(), "run " + run + " pairs");
      checkFinite(scorecard.keyResults(), "run " + run + " keyResults");
      checkFinite(scorecard.objectives(), "run " + run + " objectives");
      scorecard.keyResults().forEach(ScorecardEnginePropertyTest::checkKeyResult);
      scorecard.objectives().forEach(ScorecardEnginePropertyTest::checkObjective);
      scorecard.pairs().forEach(ScorecardEnginePropertyTest::checkPair);
      fitted += (int) scorecard.pairs().stream().filter(p -> p.alpha().isPresent()).count();
      carried +=
          (int) scorecard.keyResults().stream().filter(k -> k.carryForward().isPresent()).count();
    }
    // the random plans reach the interesting rules, so the checks above check something
    assertTrue(fitted > 0, "no pair was fitted");
    assertTrue(carried > 0, "no key result was carried forward");
  }

  private static void checkKeyResult(KeyResultScore kr) {
    inUnitInterval(kr.progress(), kr.id() + " progress");
    inUnitInterval(kr.expected(), kr.id() + " expected");
    assertEquals(kr.current().isAbsent(), kr.status() == Status.NONE, kr.id() + " status");
  }

  private static void checkObjective(ObjectiveScore objective) {
    assertEquals(
        objective.score().isAbsent(),
        objective.status() == Status.NONE,
        objective.id() + " status");
    assertEquals(objective.score().isAbsent(), objective.expected().isAbsent());
    objective.score().optional().ifPresent(v -> inUnitInterval(v, objective.id() + " score"));
    objective.expected().optional().ifPresent(v -> inUnitInterval(v, objective.id() + " expected"));
  }

  private static void checkPair(LeadLagPair pair) {
    pair.lags()
        .forEach(
            fit ->
                fit.r()
                    .optional()
                    .ifPresent(r -> assertTrue(r >= -1 && r <= 1, pair.leading() + " r " + r)));
    pair.predictions()
        .forEach(
            p ->
                p.attainment()
                    .optional()
                    .ifPresent(a -> assertTrue(a >= 0, pair.leading() + " attainment " + a)));
  }

  private static void inUnitInterval(double value, String what) {
    assertTrue(value >= 0 && value <= 1, what + " = " + value);
  }

  /** Walks records, lists and optionals of the results; the plan's own records are inputs. */
  private static void checkFinite(Object value, String path) {
    if (value instanceof Figure figure) {
      figure.optional().ifPresent(v -> assertTrue(Double.isFinite(v), path));
    } else if (value instanceof Double number) {
      assertTrue(Double.isFinite(number), path + " = " + number);
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> checkFinite(v, path));
    } else if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        checkFinite(item, path + "[" + i++ + "]");
      }
    } else if (value instanceof Record record && !isInput(record)) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        checkFinite(read(component, record), path + "." + component.getName());
      }
    }
  }

  private static boolean isInput(Record record) {
    return record instanceof Kpi
        || record instanceof KeyResult
        || record instanceof Objective
        || record instanceof Plan;
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      return fail("cannot read " + component.getName(), e);
    }
  }

  private Plan randomPlan(YearMonth period) {
    PlanBuilder plan =
        PlanBuilder.plan()
            .fiscalYearStart(Month.of(1 + random.nextInt(12)))
            .tolerance(new double[] {0, 0.1, 0.25, 1}[random.nextInt(4)]);
    int kpis = 1 + random.nextInt(8);
    for (int i = 0; i < kpis; i++) {
      plan.kpi(randomKpi("K" + i, kpis));
      plan.actuals("K" + i, period.minusMonths(30).toString(), series(34));
      if (random.nextBoolean()) {
        plan.targets("K" + i, period.minusMonths(14).toString(), gappy(pick(TARGETS), 20));
      }
    }
    List<Objective> objectives = new ArrayList<>();
    for (int i = random.nextInt(7); i > 0; i--) {
      objectives.add(randomObjective(objectives.size(), kpis, period));
      plan.objective(objectives.get(objectives.size() - 1));
    }
    for (int i = objectives.isEmpty() ? 0 : random.nextInt(11); i > 0; i--) {
      KeyResult kr =
          randomKeyResult("R" + i, objectives.get(random.nextInt(objectives.size())), kpis);
      plan.keyResult(kr);
      plan.actuals(kr.id().text(), period.minusMonths(12).toString(), series(16));
    }
    return plan.build();
  }

  private PlanBuilder.KpiBuilder randomKpi(String id, int kpis) {
    PlanBuilder.KpiBuilder kpi = PlanBuilder.kpi(id);
    switch (random.nextInt(3)) {
      case 0 -> kpi.aggregation(pick(Aggregation.values()));
      case 1 -> kpi.lowerIsBetter().aggregation(pick(Aggregation.values()));
      default -> {
        double[] band = BANDS[random.nextInt(BANDS.length)];
        kpi.withinRange(band[0], band[1])
            .aggregation(random.nextBoolean() ? Aggregation.AVERAGE : Aggregation.LAST);
      }
    }
    if (random.nextBoolean()) {
      kpi.annualTarget(pick(TARGETS));
    }
    if (random.nextInt(5) < 2) {
      kpi.leads("K" + random.nextInt(kpis));
    }
    if (random.nextInt(4) == 0) {
      kpi.lag(random.nextInt(8));
    }
    if (random.nextInt(5) == 0) {
      kpi.quarterly();
    }
    return kpi;
  }

  private Objective randomObjective(int index, int kpis, YearMonth period) {
    YearMonth start = period.plusMonths(random.nextInt(12) - 8);
    String parent = index > 0 && random.nextBoolean() ? "O" + random.nextInt(index + 1) : null;
    String kpi = random.nextInt(3) == 0 ? "K" + random.nextInt(kpis) : null;
    return PlanBuilder.objective(
        "O" + index, start.toString(), start.plusMonths(random.nextInt(7)).toString(), parent, kpi);
  }

  private KeyResult randomKeyResult(String id, Objective objective, int kpis) {
    Metric metric = pick(Metric.values());
    boolean moves = metric == Metric.INCREASE || metric == Metric.DECREASE;
    double start = pick(TARGETS);
    double target = random.nextInt(4) == 0 ? start : pick(TARGETS);
    double[] band = BANDS[random.nextInt(BANDS.length)];
    YearMonth due =
        random.nextInt(4) == 0
            ? objective.start().plusMonths(random.nextInt(9) - 2)
            : objective.end();
    Optional<Id> kpi =
        random.nextInt(3) == 0 ? Optional.of(Id.of("K" + random.nextInt(kpis))) : Optional.empty();
    return new KeyResult(
        Id.of(id),
        objective.id(),
        "KR " + id,
        "",
        pick(KeyResultType.values()),
        metric,
        moves ? Optional.of(PlanBuilder.value(start)) : Optional.empty(),
        moves ? Optional.of(PlanBuilder.value(target)) : Optional.empty(),
        metric == Metric.THRESHOLD
            ? Optional.of(PlanBuilder.band(band[0], band[1]))
            : Optional.<Band>empty(),
        due,
        0.1 + random.nextInt(50) / 10.0,
        kpi,
        PlanBuilder.HERE);
  }

  /** A run of actuals: constant, a line, noise, zeros or large values, with gaps (NaN). */
  private double[] series(int length) {
    int shape = random.nextInt(5);
    double level = pick(TARGETS);
    double[] values = new double[length];
    for (int i = 0; i < length; i++) {
      values[i] =
          switch (shape) {
            case 0 -> level;
            case 1 -> level + i * (random.nextInt(5) - 2);
            case 2 -> level + random.nextGaussian() * 10;
            case 3 -> 0;
            default -> random.nextInt(2_000_001) - 1e6;
          };
    }
    return gappy(values, random.nextInt(3) == 0 ? 0.5 : 0.1);
  }

  private double[] gappy(double level, int length) {
    double[] values = new double[length];
    for (int i = 0; i < length; i++) {
      values[i] = level + (random.nextBoolean() ? 0 : random.nextInt(21) - 10);
    }
    return gappy(values, 0.3);
  }

  private double[] gappy(double[] values, double gapShare) {
    for (int i = 0; i < values.length; i++) {
      if (random.nextDouble() < gapShare) {
        values[i] = Double.NaN;
      }
    }
    return values;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private double pick(double[] values) {
    return values[random.nextInt(values.length)];
  }
}

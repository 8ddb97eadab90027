package boardpack.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import boardpack.model.Aggregation;
import boardpack.model.Band;
import boardpack.model.Direction;
import boardpack.model.Figure;
import boardpack.model.FiscalCalendar;
import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.KeyResultScore;
import boardpack.model.KeyResultType;
import boardpack.model.Kpi;
import boardpack.model.KpiScore;
import boardpack.model.LeadLagPair;
import boardpack.model.Measure;
import boardpack.model.Metric;
import boardpack.model.MonthPoint;
import boardpack.model.Objective;
import boardpack.model.ObjectiveScore;
import boardpack.model.Plan;
import boardpack.model.Scorecard;
import boardpack.model.Status;
import boardpack.model.TrendDirection;
import boardpack.model.Value;
import java.lang.reflect.RecordComponent;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 300 random plans (seeded, so a failure repeats) whose numbers span the whole range of a double:
 * ordinary values, its limits (±Double.MAX_VALUE, ±1e308), subnormals (4.9e-324), both zeros, and
 * doubles drawn from random bit patterns; every direction, aggregation and frequency, bands, gaps,
 * cascades and KRs of every metric with extreme weights. Whatever the plan, the engine finishes,
 * and its figures keep the spec's invariants: each is finite or absent with a reason; statuses
 * agree with attainment and tolerance; attainment follows the spec's formula or is absent as too
 * large; a Sum YTD actual is the sum of the months; progress lies in [0, 1]; every figure read from
 * the plan names where it came from.
 */
class ScorecardEnginePropertyTest {

  private static final long SEED = 20_260_331L;
  private static final int RUNS = 300;
  private static final double[] ORDINARY = {0, -10, 5, 100, 0.75, 1e6};
  private static final double[] EXTREMES = {
    0,
    -0.0,
    Double.MIN_VALUE,
    -Double.MIN_VALUE,
    Double.MIN_NORMAL,
    1e-300,
    1e300,
    -1e300,
    1e308,
    -1e308,
    Double.MAX_VALUE,
    -Double.MAX_VALUE
  };

  private final Random random = new Random(SEED);
  private int tooLarge;

  @Test
  void anyPlan_acrossTheWholeDoubleRange_keepsTheSpecsInvariants() {
    int fitted = 0;
    int carried = 0;
    for (int run = 0; run < RUNS; run++) {
      YearMonth period = YearMonth.of(2025, 1).plusMonths(random.nextInt(24));
      Plan plan = randomPlan(period);
      String where = "run " + run + " (seed " + SEED + ")";
      Scorecard scorecard;
      try {
        scorecard = ScorecardEngine.compute(plan, period);
      } catch (RuntimeException e) {
        throw new AssertionError(where + " threw " + e, e);
      }
      checkFigures(scorecard.kpis(), where + " kpis");
      checkFigures(scorecard.pairs(), where + " pairs");
      checkFigures(scorecard.keyResults(), where + " keyResults");
      checkFigures(scorecard.objectives(), where + " objectives");
      double tolerance = plan.settings().amberTolerance();
      FiscalCalendar calendar = new FiscalCalendar(plan.settings().fiscalYearStart());
      for (KpiScore kpi : scorecard.kpis()) {
        checkKpi(kpi, tolerance, plan, calendar, period, where);
      }
      scorecard.keyResults().forEach(kr -> checkKeyResult(kr, where));
      scorecard.objectives().forEach(o -> checkObjective(o, where));
      scorecard.pairs().forEach(p -> checkPair(p, where));
      fitted += (int) scorecard.pairs().stream().filter(p -> p.alpha().isPresent()).count();
      carried +=
          (int) scorecard.keyResults().stream().filter(k -> k.carryForward().isPresent()).count();
    }
    // the random plans reach the interesting rules and the overflow guard
    assertTrue(fitted > 0, "no pair was fitted");
    assertTrue(carried > 0, "no key result was carried forward");
    assertTrue(tooLarge > 0, "no figure was too large to compute");
  }

  private static void checkKpi(
      KpiScore s,
      double tolerance,
      Plan plan,
      FiscalCalendar calendar,
      YearMonth period,
      String where) {
    String id = where + " " + s.id();
    checkMeasure(s.kpi(), s.month(), tolerance, id + " month");
    checkMeasure(s.kpi(), s.quarterToDate(), tolerance, id + " qtd");
    checkMeasure(s.kpi(), s.yearToDate(), tolerance, id + " ytd");
    assertEquals(
        statusOf(s.outlook().forecastAttainment(), tolerance),
        s.outlook().forecastStatus(),
        id + " forecast status");
    if (s.kpi().isWithinRange()) {
      assertNotEquals(Aggregation.SUM, s.kpi().aggregation(), id + " a Within range KPI sums");
      assertTrue(s.annualTarget().isAbsent(), id + " a Within range KPI has no annual target");
      assertTrue(s.month().target().isAbsent(), id + " a Within range KPI has no T(m)");
    } else {
      s.kpi()
          .annualTarget()
          .ifPresent(y -> assertEquals(y.number(), s.annualTarget().value(), id + " annual"));
    }
    if (s.kpi().aggregation() == Aggregation.SUM) {
      checkSum(s, plan, calendar.yearStartOf(period), period, id);
    }
    checkTrend(s, id);
    for (MonthPoint point : s.history()) {
      named(point.actual(), id + " history actual " + point.month());
      named(point.target(), id + " history target " + point.month());
    }
    for (Measure m : List.of(s.month(), s.quarterToDate(), s.yearToDate())) {
      named(m.actual(), id + " actual");
      named(m.target(), id + " target");
    }
    named(s.annualTarget(), id + " annual target");
  }

  /** Status from attainment and tolerance, and attainment from the spec's formula. */
  private static void checkMeasure(Kpi kpi, Measure m, double tolerance, String what) {
    if (m.actual().isAbsent()) {
      assertTrue(m.attainment().isAbsent(), what + ": no actual, no attainment");
    }
    assertEquals(statusOf(m.attainment(), tolerance), m.status(), what + " status");
    m.attainment().optional().ifPresent(a -> assertTrue(a >= 0, what + " attainment " + a));
    if (kpi.isWithinRange()) {
      m.attainment().optional().ifPresent(a -> assertTrue(a <= 1, what + " band attainment " + a));
    } else if (m.actual().isPresent() && m.target().isPresent()) {
      double expected = attainment(kpi.direction(), m.actual().value(), m.target().value());
      Figure attainment = m.attainment();
      if (Double.isFinite(expected)) {
        assertEquals(expected, attainment.value(), what + " attainment");
      } else {
        assertEquals(Reasons.TOO_LARGE, attainment.absentReason(), what + " attainment");
      }
    }
  }

  /** calculations.md, written again here: 1 + (A - T) / abs(T), floored at 0; T = 0 by side. */
  private static double attainment(Direction direction, double actual, double target) {
    boolean higher = direction == Direction.HIGHER_IS_BETTER;
    if (target == 0) {
      return (higher ? actual >= 0 : actual <= 0) ? 1 : 0;
    }
    double gap = higher ? actual - target : target - actual;
    return Math.max(0, 1 + gap / Math.abs(target));
  }

  private static Status statusOf(Figure attainment, double tolerance) {
    if (attainment.isAbsent()) {
      return Status.NONE;
    }
    double a = attainment.value();
    return a >= 1 ? Status.GREEN : a >= 1 - tolerance ? Status.AMBER : Status.RED;
  }

  /** A Sum KPI's YTD actual is the sum of the year's reported actuals, or too large. */
  private static void checkSum(
      KpiScore s, Plan plan, YearMonth yearStart, YearMonth period, String id) {
    Collection<Value> months =
        plan.actualsOf(s.id()).values().subMap(yearStart, true, period, true).values();
    if (months.isEmpty()) {
      assertTrue(s.yearToDate().actual().isAbsent(), id + " ytd with no month");
      return;
    }
    double sum = 0;
    for (Value v : months) {
      sum += v.number();
    }
    if (Double.isFinite(sum)) {
      assertEquals(sum, s.yearToDate().actual().value(), id + " ytd sum");
      assertEquals(months.size(), s.yearToDate().actual().origin().sources().size(), id);
    } else {
      assertEquals(Reasons.TOO_LARGE, s.yearToDate().actual().absentReason(), id + " ytd sum");
    }
  }

  private static void checkTrend(KpiScore s, String id) {
    assertEquals(
        s.trend().growth().isPresent(), s.trend().direction().isPresent(), id + " direction");
    s.trend()
        .direction()
        .ifPresent(
            d -> {
              double g = s.trend().growth().value();
              TrendDirection expected =
                  g > 0.01
                      ? TrendDirection.IMPROVING
                      : g < -0.01 ? TrendDirection.WORSENING : TrendDirection.STABLE;
              assertEquals(expected, d, id + " direction of growth " + g);
            });
  }

  /** A figure read from the plan (or worked out from it) names its inputs. */
  private static void named(Figure figure, String what) {
    if (figure.isPresent()) {
      assertFalse(figure.origin().sources().isEmpty(), what + " names no source");
    }
  }

  private static void checkKeyResult(KeyResultScore kr, String where) {
    String id = where + " " + kr.id();
    inUnitInterval(kr.progress(), id + " progress");
    inUnitInterval(kr.expected(), id + " expected");
    assertEquals(kr.current().isAbsent(), kr.status() == Status.NONE, id + " status");
    if (kr.status() == Status.ACHIEVED) {
      assertTrue(kr.progress() >= 1, id + " achieved below 1");
    }
    if (kr.keyResult().metric() == Metric.THRESHOLD || kr.keyResult().metric() == Metric.BASELINE) {
      assertTrue(kr.progress() == 0 || kr.progress() == 1, id + " progress " + kr.progress());
    }
    named(kr.current(), id + " current");
  }

  private static void checkObjective(ObjectiveScore objective, String where) {
    String id = where + " " + objective.id();
    assertEquals(objective.score().isAbsent(), objective.status() == Status.NONE, id + " status");
    assertEquals(objective.score().isAbsent(), objective.expected().isAbsent(), id);
    objective.score().optional().ifPresent(v -> inUnitInterval(v, id + " score"));
    objective.expected().optional().ifPresent(v -> inUnitInterval(v, id + " expected"));
  }

  private static void checkPair(LeadLagPair pair, String where) {
    String id = where + " " + pair.leading();
    pair.lags()
        .forEach(
            fit ->
                fit.r().optional().ifPresent(r -> assertTrue(r >= -1 && r <= 1, id + " r " + r)));
    pair.predictions()
        .forEach(p -> p.attainment().optional().ifPresent(a -> assertTrue(a >= 0, id + " a " + a)));
  }

  private static void inUnitInterval(double value, String what) {
    assertTrue(value >= 0 && value <= 1, what + " = " + value);
  }

  /**
   * Walks records, lists and optionals of the results (the plan's own records are inputs): every
   * figure is finite or absent with a reason that says something.
   */
  private void checkFigures(Object value, String path) {
    if (value instanceof Figure figure) {
      if (figure.isPresent()) {
        assertTrue(Double.isFinite(figure.value()), path);
      } else {
        assertFalse(figure.absentReason().isBlank(), path + " absent with no reason");
        tooLarge += Reasons.TOO_LARGE.equals(figure.absentReason()) ? 1 : 0;
      }
    } else if (value instanceof Double number) {
      assertTrue(Double.isFinite(number), path + " = " + number);
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> checkFigures(v, path));
    } else if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        checkFigures(item, path + "[" + i++ + "]");
      }
    } else if (value instanceof Record record && !isInput(record)) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        checkFigures(read(component, record), path + "." + component.getName());
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
        plan.targets("K" + i, period.minusMonths(14).toString(), targets(20));
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
        double[] band = band();
        // Sum given for a band is read as Average (Aggregation.usedFor)
        kpi.withinRange(band[0], band[1]).aggregation(pick(Aggregation.values()));
      }
    }
    if (random.nextBoolean()) {
      kpi.annualTarget(number());
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
    double start = number();
    double target = random.nextInt(4) == 0 ? start : number();
    double[] band = band();
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
        weight(),
        kpi,
        PlanBuilder.HERE);
  }

  /** Any number a plan may hold: ordinary, at the edges of a double, or any finite double. */
  private double number() {
    return switch (random.nextInt(10)) {
      case 0, 1, 2, 3 -> pick(ORDINARY);
      case 4, 5, 6 -> pick(EXTREMES);
      default -> anyDouble();
    };
  }

  /** A finite double from random bits: every exponent is as likely as any other. */
  private double anyDouble() {
    double value;
    do {
      value = Double.longBitsToDouble(random.nextLong());
    } while (!Double.isFinite(value));
    return value;
  }

  private double[] band() {
    double[] bounds = {number(), number()};
    Arrays.sort(bounds);
    return bounds;
  }

  /** A Weight above 0: ordinary, or at the edges of a double. */
  private double weight() {
    double[] weights = {
      1, 0.1, 2.5, 4.9, Double.MIN_VALUE, Double.MIN_NORMAL, 1e308, Double.MAX_VALUE
    };
    return weights[random.nextInt(weights.length)];
  }

  /** A run of actuals: constant, a line, noise, zeros or any numbers, with gaps (NaN). */
  private double[] series(int length) {
    int shape = random.nextInt(6);
    double level = number();
    double step = random.nextBoolean() ? random.nextInt(5) - 2 : number();
    double[] values = new double[length];
    for (int i = 0; i < length; i++) {
      double v =
          switch (shape) {
            case 0 -> level;
            case 1 -> level + i * step;
            case 2 -> level + random.nextGaussian() * 10;
            case 3 -> 0;
            case 4 -> random.nextBoolean() ? Double.MAX_VALUE : -Double.MAX_VALUE;
            default -> number();
          };
      values[i] = Double.isFinite(v) ? v : level;
    }
    return gappy(values, random.nextInt(3) == 0 ? 0.5 : 0.1);
  }

  private double[] targets(int length) {
    double level = number();
    double[] values = new double[length];
    for (int i = 0; i < length; i++) {
      double v = level + (random.nextBoolean() ? 0 : random.nextInt(21) - 10);
      values[i] = random.nextInt(8) == 0 ? number() : v;
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

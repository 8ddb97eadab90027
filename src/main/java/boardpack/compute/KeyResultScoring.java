package boardpack.compute;

import boardpack.model.Aggregation;
import boardpack.model.Figure;
import boardpack.model.FiscalCalendar;
import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.KeyResultScore;
import boardpack.model.Kpi;
import boardpack.model.Metric;
import boardpack.model.Objective;
import boardpack.model.Plan;
import boardpack.model.Series;
import boardpack.model.Status;
import boardpack.model.Value;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** calculations.md, key results: window, current value, progress, expected progress, status. */
final class KeyResultScoring {

  /** Where a KR's values come from: a tracking KPI's actuals (summed for a Sum KPI) or its own. */
  record Readings(Series actuals, boolean summed) {}

  private KeyResultScoring() {}

  /** Every KR of the plan, in plan order; a KR whose objective is not in the plan is left out. */
  static List<KeyResultScore> scoreAll(Plan plan, Map<Id, Kpi> kpis, YearMonth period) {
    Map<Id, Objective> objectives = plan.objectivesById();
    List<KeyResultScore> scores = new ArrayList<>();
    for (KeyResult kr : plan.keyResults()) {
      Objective objective = objectives.get(kr.objective());
      if (objective != null) {
        scores.add(score(kr, objective.start(), readings(kr, kpis, plan), period));
      }
    }
    return scores;
  }

  /** The KR's row for the window from {@code windowStart} (the objective's Start) to its Due. */
  static KeyResultScore score(
      KeyResult kr, YearMonth windowStart, Readings readings, YearMonth period) {
    Figure current = currentValue(readings, windowStart, kr.due(), period);
    double p = current.isPresent() ? progress(kr, current.value()) : 0;
    double e = expectedProgress(windowStart, kr.due(), period);
    return new KeyResultScore(
        kr,
        windowStart,
        kr.due(),
        current,
        p,
        e,
        status(kr, current, p, e, period),
        Optional.empty());
  }

  /**
   * A KR tracked by a KPI reads that KPI's actuals, summed when the KPI is Sum (a Within range KPI
   * is never Sum: {@link boardpack.model.Aggregation#usedFor}); any other KR reads its own row.
   */
  static Readings readings(KeyResult kr, Map<Id, Kpi> kpis, Plan plan) {
    if (kr.kpi().isEmpty()) {
      return new Readings(plan.actualsOf(kr.id()), false);
    }
    Kpi kpi = kpis.get(kr.kpi().get());
    boolean sums = kpi != null && kpi.aggregation() == Aggregation.SUM;
    return new Readings(plan.actualsOf(kr.kpi().get()), sums);
  }

  /** C at P: the sum, or the latest reported value, over the window months up to P. */
  static Figure currentValue(Readings readings, YearMonth start, YearMonth end, YearMonth period) {
    YearMonth last = period.isBefore(end) ? period : end;
    if (last.isBefore(start)) {
      return Figure.absent(Reasons.NO_VALUE_IN_WINDOW);
    }
    Collection<Value> inWindow =
        readings.actuals().values().subMap(start, true, last, true).values();
    if (inWindow.isEmpty()) {
      return Figure.absent(Reasons.NO_VALUE_IN_WINDOW);
    }
    if (!readings.summed()) {
      return Figures.read(readings.actuals().values().floorEntry(last).getValue());
    }
    return Figures.combine(Aggregation.SUM, inWindow.stream().map(Figures::read).toList());
  }

  /** p for the KR's metric, from a current value C; always in [0, 1]. */
  static double progress(KeyResult kr, double current) {
    return switch (kr.metric()) {
      case INCREASE, DECREASE -> movement(kr, current);
      case THRESHOLD -> kr.band().orElseThrow().contains(current) ? 1 : 0;
      case MILESTONE -> clamp(current);
      case BASELINE -> 1;
    };
  }

  /**
   * (C - S) / (T - S) clamped to [0, 1]; with T = S, 1 when C has reached T in the metric's
   * direction (at or above for Increase, at or below for Decrease), else 0.
   */
  static double movement(KeyResult kr, double current) {
    double start = kr.startValue().orElseThrow().number();
    double target = kr.target().orElseThrow().number();
    if (target == start) {
      boolean reached = kr.metric() == Metric.DECREASE ? current <= target : current >= target;
      return reached ? 1 : 0;
    }
    double moved = current - start;
    double needed = target - start;
    if (!Double.isFinite(moved) || !Double.isFinite(needed)) {
      // halves cannot overflow when subtracted, and halving a large double is exact
      moved = current / 2 - start / 2;
      needed = target / 2 - start / 2;
    }
    return clamp(moved / needed);
  }

  /** e: months of the window elapsed up to and including P over the window's months. */
  static double expectedProgress(YearMonth start, YearMonth end, YearMonth period) {
    if (period.isBefore(start)) {
      return 0;
    }
    if (!period.isBefore(end)) {
      return 1;
    }
    long elapsed = FiscalCalendar.monthsBetween(start, period) + 1;
    return (double) elapsed / (FiscalCalendar.monthsBetween(start, end) + 1);
  }

  /** No value: none. Threshold KRs before their last month: green inside the band, red outside. */
  static Status status(KeyResult kr, Figure current, double p, double e, YearMonth period) {
    if (current.isAbsent()) {
      return Status.NONE;
    }
    if (kr.metric() == Metric.THRESHOLD && period.isBefore(kr.due())) {
      return p >= 1 ? Status.GREEN : Status.RED;
    }
    return okrStatus(p, e, kr.due(), period);
  }

  /**
   * The KR rule, shared with objectives: p >= 1 achieved; from the last month on, p >= 0.7 green, p
   * >= 0.4 amber, else red; before it, p >= e - 0.10 green, p >= e - 0.25 amber, else red.
   */
  static Status okrStatus(double p, double e, YearMonth lastMonth, YearMonth period) {
    if (p >= 1) {
      return Status.ACHIEVED;
    }
    if (!period.isBefore(lastMonth)) {
      return p >= 0.7 ? Status.GREEN : p >= 0.4 ? Status.AMBER : Status.RED;
    }
    return p >= e - 0.10 ? Status.GREEN : p >= e - 0.25 ? Status.AMBER : Status.RED;
  }

  /** Held to [0, 1]; a ratio that is not a number (infinity over infinity) counts as 0. */
  private static double clamp(double value) {
    return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
  }
}

package boardpack.compute;

import boardpack.model.Id;
import boardpack.model.MeasureKind;
import boardpack.model.ObjectiveScore;
import boardpack.model.Plan;
import boardpack.model.PreviousPack;
import boardpack.model.RecordedActual;
import boardpack.model.RecordedMeasure;
import boardpack.model.Scorecard;
import boardpack.model.Value;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * This pack against the latest earlier one (README, What changed since last month). A kind whose
 * earlier scorecard file was missing is not compared for statuses, additions or removals. Statuses
 * are compared as the CSVs write them (Achieved is {@code green}). An actual is restated when its
 * month is before this pack's and no later than the earlier pack's, the measure has actuals in both
 * records, and the value differs beyond 1e-9 (relative; absolute below 1, as for CSV ledgers), or
 * is reported in one record and not the other.
 */
final class ChangesComparison {

  private static final double SAME_VALUE = 1e-9;

  private ChangesComparison() {}

  /** The view's rows (of its scope) against the earlier pack. */
  static Changes of(
      PreviousPack earlier,
      Scorecard scorecard,
      Scope scope,
      List<KpiRow> kpis,
      List<KeyResultRow> keyResults,
      List<ObjectiveRow> objectives) {
    return compare(
        earlier,
        shown(scorecard, kpis, keyResults, objectives),
        scorecard.plan(),
        scorecard.period(),
        scope instanceof Scope.All);
  }

  // As the CSVs show them: a KPI's month status; objectives in plan order, not cascade order.
  private static List<RecordedMeasure> shown(
      Scorecard scorecard,
      List<KpiRow> kpis,
      List<KeyResultRow> keyResults,
      List<ObjectiveRow> objectives) {
    List<RecordedMeasure> shown = new ArrayList<>();
    for (KpiRow r : kpis) {
      shown.add(
          new RecordedMeasure(MeasureKind.KPI, r.id(), r.kpi().name(), r.score().month().status()));
    }
    for (KeyResultRow r : keyResults) {
      shown.add(
          new RecordedMeasure(
              MeasureKind.KEY_RESULT, r.id(), r.keyResult().statement(), r.score().status()));
    }
    Set<Id> inView = objectives.stream().map(ObjectiveRow::id).collect(Collectors.toSet());
    for (ObjectiveScore s : scorecard.objectives()) {
      if (inView.contains(s.id())) {
        shown.add(
            new RecordedMeasure(
                MeasureKind.OBJECTIVE, s.id(), s.objective().statement(), s.status()));
      }
    }
    return shown;
  }

  /**
   * @param shown this view's measures with their statuses, in plan order by kind
   * @param plan the plan handed to the calculations: its actuals are this run's record
   * @param wholePlan whether the view is the whole plan's: a removed measure belongs to no scope
   */
  static Changes compare(
      PreviousPack earlier,
      List<RecordedMeasure> shown,
      Plan plan,
      YearMonth period,
      boolean wholePlan) {
    List<StatusChange> statuses = new ArrayList<>();
    List<MeasureChange> added = new ArrayList<>();
    Map<MeasureKind, Map<Id, RecordedMeasure>> beforeByKind = new EnumMap<>(MeasureKind.class);
    earlier.measures().forEach((kind, measures) -> beforeByKind.put(kind, measuresById(measures)));
    for (RecordedMeasure now : shown) {
      Map<Id, RecordedMeasure> before = beforeByKind.get(now.kind());
      if (before == null) {
        continue;
      }
      Optional<RecordedMeasure> was = Optional.ofNullable(before.get(now.id()));
      if (was.isEmpty()) {
        added.add(new MeasureChange(now.kind(), now.id(), now.name()));
      } else if (!was.get().status().word().equals(now.status().word())) {
        statuses.add(
            new StatusChange(now.kind(), now.id(), now.name(), was.get().status(), now.status()));
      }
    }
    List<MeasureChange> removed = wholePlan ? removed(earlier, shown) : List.of();
    return new Changes(
        Optional.of(earlier.period()),
        statuses,
        added,
        removed,
        restated(earlier, shown, plan, period));
  }

  private static List<MeasureChange> removed(PreviousPack earlier, List<RecordedMeasure> shown) {
    List<MeasureChange> removed = new ArrayList<>();
    for (MeasureKind kind : MeasureKind.values()) {
      Map<Id, RecordedMeasure> now =
          measuresById(shown.stream().filter(m -> m.kind() == kind).toList());
      for (RecordedMeasure was : earlier.measures().getOrDefault(kind, List.of())) {
        if (!now.containsKey(was.id())) {
          removed.add(new MeasureChange(kind, was.id(), was.name()));
        }
      }
    }
    return removed;
  }

  private static List<Restatement> restated(
      PreviousPack earlier, List<RecordedMeasure> shown, Plan plan, YearMonth period) {
    Map<Id, RecordedMeasure> measures = measuresById(shown);
    Map<Id, Map<YearMonth, RecordedActual>> now = byId(ActualsRecord.of(plan));
    Map<Id, Map<YearMonth, RecordedActual>> before = byId(earlier.actuals());
    YearMonth last = earlier.period().isBefore(period) ? earlier.period() : period.minusMonths(1);
    List<Restatement> restated = new ArrayList<>();
    for (Map.Entry<Id, Map<YearMonth, RecordedActual>> measure : now.entrySet()) {
      RecordedMeasure shownAs = measures.get(measure.getKey());
      Map<YearMonth, RecordedActual> was = before.get(measure.getKey());
      if (shownAs != null && was != null) {
        restated.addAll(restated(plan, shownAs, was, measure.getValue(), last));
      }
    }
    return restated;
  }

  // One measure's months up to {@code last} whose value differs or is reported in one record only.
  private static List<Restatement> restated(
      Plan plan,
      RecordedMeasure measure,
      Map<YearMonth, RecordedActual> before,
      Map<YearMonth, RecordedActual> now,
      YearMonth last) {
    Set<YearMonth> months = new TreeSet<>(now.keySet());
    months.addAll(before.keySet());
    List<Restatement> restated = new ArrayList<>();
    for (YearMonth month : months) {
      Optional<RecordedActual> was = Optional.ofNullable(before.get(month));
      Optional<RecordedActual> is = Optional.ofNullable(now.get(month));
      if (!month.isAfter(last) && differ(was, is)) {
        restated.add(
            new Restatement(
                measure.kind(),
                measure.id(),
                measure.name(),
                month,
                was.map(RecordedActual::value),
                is.map(RecordedActual::value),
                is.flatMap(a -> plan.actualsOf(measure.id()).at(month)).map(Value::source)));
      }
    }
    return restated;
  }

  private static boolean differ(Optional<RecordedActual> was, Optional<RecordedActual> is) {
    if (was.isEmpty() || is.isEmpty()) {
      return was.isPresent() != is.isPresent();
    }
    double a = was.get().value();
    double b = is.get().value();
    return Math.abs(a - b) > SAME_VALUE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  // In the record's order (plan order), months ascending.
  private static Map<Id, Map<YearMonth, RecordedActual>> byId(List<RecordedActual> actuals) {
    return actuals.stream()
        .collect(
            Collectors.groupingBy(
                RecordedActual::id,
                LinkedHashMap::new,
                Collectors.toMap(
                    RecordedActual::period, a -> a, (first, later) -> first, TreeMap::new)));
  }

  // Measures by ID, the first of a repeated ID kept.
  private static Map<Id, RecordedMeasure> measuresById(List<RecordedMeasure> measures) {
    Map<Id, RecordedMeasure> byId = new HashMap<>();
    measures.forEach(m -> byId.putIfAbsent(m.id(), m));
    return byId;
  }
}

package boardpack.read;

import boardpack.model.FiscalCalendar;
import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.Kpi;
import boardpack.model.Objective;
import boardpack.model.Value;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Warnings that need the whole plan: mixed % scales, KPIs without targets, objectives without KRs.
 */
final class PlanChecks {

  /**
   * A % value whose absolute size is above this is read as written on the 0-100 scale, at or below
   * it (and not 0) on the fraction scale; 150% is the largest fraction and 1.5 the smallest
   * percentage number that a KPI plausibly mixes.
   */
  static final double PERCENT_SCALE_LIMIT = 1.5;

  private PlanChecks() {}

  /**
   * workbook.md: a Quarterly KPI expects only quarter-end months. An actual in another month is
   * still used as reported (it counts in QTD, YTD and trend), but it is most likely a slip.
   */
  static void checkQuarterlyMonths(
      List<Kpi> kpis,
      Map<Id, TreeMap<YearMonth, Value>> actuals,
      FiscalCalendar calendar,
      Problems problems) {
    for (Kpi kpi : kpis) {
      if (!kpi.isQuarterly()) {
        continue;
      }
      for (Map.Entry<YearMonth, Value> actual :
          actuals.getOrDefault(kpi.id(), new TreeMap<>()).entrySet()) {
        if (!calendar.isQuarterEnd(actual.getKey())) {
          problems.warning(
              actual.getValue().source(),
              kpi.id()
                  + " is Quarterly, but "
                  + MonthText.show(actual.getKey())
                  + " is not a fiscal quarter end; the actual is used"
                  + " as reported; expected actuals only in quarter-end months ("
                  + quarterEnds(calendar, actual.getKey())
                  + ")");
        }
      }
    }
  }

  private static String quarterEnds(FiscalCalendar calendar, YearMonth month) {
    return String.join(
        ", ",
        calendar.quarterEnds(month).stream()
            .map(end -> end.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
            .toList());
  }

  static void checkKpis(
      List<Kpi> kpis,
      Map<Id, TreeMap<YearMonth, Value>> targets,
      Map<Id, TreeMap<YearMonth, Value>> actuals,
      Problems problems) {
    for (Kpi kpi : kpis) {
      List<Value> targetValues = values(targets.get(kpi.id()));
      if (kpi.unit().isPercent()) {
        checkPercentScale(kpi, targetValues, values(actuals.get(kpi.id())), problems);
      }
      if (!kpi.isWithinRange() && kpi.annualTarget().isEmpty() && targetValues.isEmpty()) {
        problems.warning(
            kpi.source(),
            kpi.id()
                + " has no annual target and no monthly targets, so it is"
                + " reported without attainment; expected an Annual target or a Targets row");
      }
    }
  }

  /**
   * workbook.md: "A % KPI whose values mix scales (targets near 0.75, actuals near 75) is a
   * warning."
   */
  private static void checkPercentScale(
      Kpi kpi, List<Value> targets, List<Value> actuals, Problems problems) {
    List<Value> all = new ArrayList<>();
    kpi.annualTarget().ifPresent(all::add);
    kpi.band().ifPresent(band -> all.addAll(List.of(band.lower(), band.upper())));
    all.addAll(targets);
    all.addAll(actuals);
    Optional<Value> fraction =
        all.stream()
            .filter(v -> v.number() != 0 && Math.abs(v.number()) <= PERCENT_SCALE_LIMIT)
            .findFirst();
    Optional<Value> percentage =
        all.stream().filter(v -> Math.abs(v.number()) > PERCENT_SCALE_LIMIT).findFirst();
    if (fraction.isPresent() && percentage.isPresent()) {
      problems.warning(
          kpi.source(),
          "% KPI "
              + kpi.id()
              + " mixes scales: "
              + describe(fraction.get())
              + " but "
              + describe(percentage.get())
              + "; expected fractions throughout, as 75% is 0.75");
    }
  }

  private static String describe(Value value) {
    return value.source().place() + " is " + CellValues.show(value.number());
  }

  private static List<Value> values(TreeMap<YearMonth, Value> months) {
    return months == null ? List.of() : List.copyOf(months.values());
  }

  /** An objective with neither key results nor child objectives has nothing to score. */
  static void checkObjectives(
      List<Objective> objectives, List<KeyResult> keyResults, Problems problems) {
    Set<Id> scored = new HashSet<>();
    keyResults.forEach(keyResult -> scored.add(keyResult.objective()));
    objectives.forEach(objective -> objective.parent().ifPresent(scored::add));
    for (Objective objective : objectives) {
      if (!scored.contains(objective.id())) {
        problems.warning(
            objective.source(),
            "objective "
                + objective.id()
                + " has no key results and no"
                + " child objectives, so it has no score; expected key results on the "
                + KeyResultSheetReader.SHEET
                + " sheet");
      }
    }
  }
}

package boardpack.read;

import boardpack.model.Id;
import boardpack.model.Plan;
import boardpack.model.Problem;
import boardpack.model.Series;
import boardpack.model.Value;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * workbook.md, Actuals: a value in a month after the reporting period is a warning at its cell, and
 * it is not used in this pack. The period is known only once {@code --period}, Settings and the
 * latest actual are weighed, so this runs after reading, on the plan read.
 */
public final class LaterActuals {

  private LaterActuals() {}

  /**
   * The reading with every actual after {@code period} taken out of its plans (so nothing later can
   * use it) and one warning per ID at its first such cell.
   */
  public static PlanReading dropAfter(PlanReading reading, YearMonth period) {
    List<Problem> problems = new ArrayList<>(reading.problems());
    reading.asRead().ifPresent(plan -> problems.addAll(warnings(plan, period)));
    return new PlanReading(
        reading.plan().map(plan -> upTo(plan, period)),
        problems,
        reading.asRead().map(plan -> upTo(plan, period)));
  }

  private static List<Problem> warnings(Plan plan, YearMonth period) {
    List<Problem> warnings = new ArrayList<>();
    plan.actuals()
        .forEach(
            (id, series) -> {
              NavigableMap<YearMonth, Value> later = series.values().tailMap(period, false);
              if (!later.isEmpty()) {
                warnings.add(warning(id, later, period));
              }
            });
    return warnings;
  }

  private static Problem warning(Id id, NavigableMap<YearMonth, Value> later, YearMonth period) {
    Map.Entry<YearMonth, Value> first = later.firstEntry();
    String more =
        later.size() == 1
            ? ""
            : " (and "
                + (later.size() - 1)
                + " later month"
                + (later.size() == 2 ? "" : "s")
                + " up to "
                + MonthText.show(later.lastKey())
                + ")";
    return Problem.warning(
        first.getValue().source(),
        id
            + ": actual "
            + CellValues.show(first.getValue().number())
            + " for "
            + MonthText.show(first.getKey())
            + more
            + " is after the reporting period "
            + MonthText.show(period)
            + ", so it is not used in this pack; expected actuals up to the reporting period, or"
            + " a later period (--period or Reporting period in Settings)");
  }

  private static Plan upTo(Plan plan, YearMonth period) {
    Map<Id, Series> actuals = new HashMap<>();
    plan.actuals()
        .forEach(
            (id, series) -> actuals.put(id, new Series(series.values().headMap(period, true))));
    return new Plan(
        plan.file(),
        plan.settings(),
        plan.kpis(),
        plan.targets(),
        actuals,
        plan.objectives(),
        plan.keyResults(),
        plan.commentary(),
        plan.distribution());
  }
}

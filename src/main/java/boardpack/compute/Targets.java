package boardpack.compute;

import boardpack.model.FiscalCalendar;
import boardpack.model.Aggregation;
import boardpack.model.Figure;
import boardpack.model.Kpi;
import boardpack.model.Series;
import boardpack.model.Value;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** calculations.md, KPI target T(m) and annual target Y. */
public final class Targets {

  static final String BAND_REASON = "measured against its band";
  static final String NO_TARGET = "no target";

  private Targets() {}

  /**
   * T(m): the Targets cell if filled; else from the annual target (Sum: annual / 12, or annual / 4
   * at each quarter end for a quarterly KPI; Average, Last: the annual target); else none. A
   * within-range KPI has no T(m).
   */
  public static Figure monthTarget(
      Kpi kpi, Series targets, YearMonth month, FiscalCalendar calendar) {
    if (kpi.isWithinRange()) {
      return Figure.absent(BAND_REASON);
    }
    Optional<Value> cell = targets.at(month);
    if (cell.isPresent()) {
      return Figure.of(cell.get().number());
    }
    if (kpi.annualTarget().isEmpty()) {
      return Figure.absent(NO_TARGET);
    }
    double annual = kpi.annualTarget().get().number();
    if (kpi.aggregation() != Aggregation.SUM) {
      return Figure.of(annual);
    }
    if (!kpi.isQuarterly()) {
      return Figure.of(annual / 12);
    }
    return calendar.isQuarterEnd(month)
        ? Figure.of(annual / 4)
        : Figure.absent("not a quarter-end month");
  }

  /**
   * Y: the Annual target cell; else, when every month the KPI expects in the fiscal year of {@code
   * period} has a Targets cell, those targets combined by the KPI's aggregation.
   */
  public static Figure annualTarget(
      Kpi kpi, Series targets, YearMonth period, FiscalCalendar calendar) {
    if (kpi.isWithinRange()) {
      return Figure.absent(BAND_REASON);
    }
    if (kpi.annualTarget().isPresent()) {
      return Figure.of(kpi.annualTarget().get().number());
    }
    List<YearMonth> expected =
        kpi.isQuarterly() ? calendar.quarterEnds(period) : calendar.yearMonths(period);
    if (!expected.stream().allMatch(targets::has)) {
      return Figure.absent(NO_TARGET);
    }
    double[] values =
        expected.stream().mapToDouble(m -> targets.at(m).orElseThrow().number()).toArray();
    return Figure.of(
        switch (kpi.aggregation()) {
          case SUM -> sum(values);
          case AVERAGE -> sum(values) / values.length;
          case LAST -> values[values.length - 1];
        });
  }

  private static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }
}

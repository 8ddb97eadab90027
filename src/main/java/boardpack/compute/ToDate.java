package boardpack.compute;

import boardpack.model.Aggregation;
import boardpack.model.Figure;
import boardpack.model.Measure;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * calculations.md, KPI: quarter-to-date and year-to-date, over the reported months of the fiscal
 * quarter (year) that holds P, up to P. For a quarterly KPI outside a quarter end this is still the
 * quarter holding P (not the quarter of the month shown), so its QTD is usually absent.
 */
final class ToDate {

  private ToDate() {}

  static Measure quarterToDate(KpiSeries series, YearMonth period, double tolerance) {
    return over(series, series.calendar().quarterStartOf(period), period, tolerance);
  }

  static Measure yearToDate(KpiSeries series, YearMonth period, double tolerance) {
    return over(series, series.calendar().yearStartOf(period), period, tolerance);
  }

  /** The reported months from {@code first} to {@code period}, combined and graded. */
  static Measure over(KpiSeries series, YearMonth first, YearMonth period, double tolerance) {
    List<YearMonth> reported = series.reportedBetween(first, period);
    if (reported.isEmpty()) {
      return Measure.absent(Reasons.NO_REPORTED_MONTH);
    }
    Aggregation aggregation = series.kpi().aggregation();
    Figure actual = Figures.combine(aggregation, series.actualFigures(reported));
    return KpiMonth.grade(series.kpi(), actual, target(series, reported), tolerance);
  }

  /**
   * Like with like: the targets of the reported months only, combined as the actuals are (Last: the
   * latest reported month's target); absent if any of them has no target.
   */
  static Figure target(KpiSeries series, List<YearMonth> reported) {
    Aggregation aggregation = series.kpi().aggregation();
    if (aggregation == Aggregation.LAST) {
      return series.target(reported.getLast());
    }
    List<Figure> targets = new ArrayList<>(reported.size());
    for (YearMonth month : reported) {
      Figure target = series.target(month);
      if (target.isAbsent()) {
        return target;
      }
      targets.add(target);
    }
    return Figures.combine(aggregation, targets);
  }
}

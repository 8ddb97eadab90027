package boardpack.compute;

import boardpack.model.Aggregation;
import boardpack.model.Figure;
import boardpack.model.Measure;
import java.time.YearMonth;
import java.util.List;

/**
 * calculations.md, KPI: quarter-to-date and year-to-date, over the reported months of the fiscal
 * quarter (year) that holds P, up to P. For a quarterly KPI outside a quarter end this is still the
 * quarter holding P (not the quarter of the month shown), so its QTD is usually absent.
 */
final class ToDate {

  static final String NO_REPORTED_MONTH = "no reported month";

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
      return Measure.absent(NO_REPORTED_MONTH);
    }
    Figure actual = Statistics.finite(combine(series.aggregation(), series.actualsAt(reported)));
    return KpiMonth.grade(series.kpi(), actual, target(series, reported), tolerance);
  }

  /**
   * Like with like: the targets of the reported months only, combined as the actuals are (Last: the
   * latest reported month's target); absent if any of them has no target.
   */
  static Figure target(KpiSeries series, List<YearMonth> reported) {
    if (series.aggregation() == Aggregation.LAST) {
      return series.target(reported.getLast());
    }
    double[] targets = new double[reported.size()];
    for (int i = 0; i < targets.length; i++) {
      Figure target = series.target(reported.get(i));
      if (target.isAbsent()) {
        return target;
      }
      targets[i] = target.value();
    }
    return Statistics.finite(combine(series.aggregation(), targets));
  }

  /** Sum adds, Average takes the mean, Last takes the final value (oldest first). */
  static double combine(Aggregation aggregation, double[] values) {
    return switch (aggregation) {
      case SUM -> Statistics.sum(values);
      case AVERAGE -> Statistics.mean(values);
      case LAST -> values[values.length - 1];
    };
  }
}

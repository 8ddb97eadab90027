package boardpack.compute;

import boardpack.model.Band;
import boardpack.model.Figure;
import boardpack.model.Trend;
import boardpack.model.TrendDirection;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** calculations.md, KPI: trend, change from the previous reported month, moving average. */
final class KpiTrend {

  static final int POINTS = 6;
  static final int MIN_POINTS = 3;
  static final double THRESHOLD = 0.01;

  private KpiTrend() {}

  static Trend trend(KpiSeries series, YearMonth period) {
    List<YearMonth> lastTwo = series.lastReported(2, period);
    Figure change = change(series, lastTwo);
    Figure changePercent = changePercent(series, lastTwo);
    Figure movingAverage = movingAverage(series, period);
    List<YearMonth> points = points(series, period);
    if (points.size() < MIN_POINTS) {
      Figure none = Figure.absent(Reasons.NOT_ENOUGH_DATA);
      return new Trend(Optional.empty(), none, none, change, changePercent, movingAverage);
    }
    double slope = Statistics.slope(monthNumbers(points), series.actualsAt(points));
    Figure growth = growth(series, points, slope);
    Optional<TrendDirection> direction =
        growth.isPresent() ? Optional.of(direction(growth.value())) : Optional.empty();
    return new Trend(
        direction, Statistics.finite(slope), growth, change, changePercent, movingAverage);
  }

  /** The trend points: the last 6 reported months up to P, from any year, oldest first. */
  static List<YearMonth> points(KpiSeries series, YearMonth period) {
    return series.lastReported(POINTS, period);
  }

  /** A month's number on a line that runs across years, so a gap of unreported months counts. */
  static double monthNumber(YearMonth month) {
    return month.getYear() * 12.0 + (month.getMonthValue() - 1);
  }

  static double[] monthNumbers(List<YearMonth> months) {
    return months.stream().mapToDouble(KpiTrend::monthNumber).toArray();
  }

  /**
   * g = b / s, negated for Lower is better; for Within range the band rule. Positive is good. A
   * band with U = L has no width to divide by: growth absent, so no trend direction.
   */
  static Figure growth(KpiSeries series, List<YearMonth> points, double slope) {
    Optional<Band> band = series.kpi().band().filter(b -> series.kpi().isWithinRange());
    if (band.isPresent() && band.get().high() == band.get().low()) {
      return Figure.absent(Reasons.NO_BAND_WIDTH);
    }
    double[] actuals = series.actualsAt(points);
    double g =
        switch (series.kpi().direction()) {
          case HIGHER_IS_BETTER -> slope / scale(series, points, actuals);
          case LOWER_IS_BETTER -> -slope / scale(series, points, actuals);
          case WITHIN_RANGE -> bandGrowth(series.kpi().band().orElseThrow(), points, actuals);
        };
    return Statistics.finite(g == 0 ? 0 : g); // no -0.0 in a record
  }

  /**
   * s = abs(mean target) when every point has a target and that mean is not 0; else abs(mean
   * actual) when that is not 0; else 1.
   */
  static double scale(KpiSeries series, List<YearMonth> points, double[] actuals) {
    List<Figure> targets = points.stream().map(series::target).toList();
    if (targets.stream().allMatch(Figure::isPresent)) {
      double meanTarget = Statistics.mean(targets.stream().mapToDouble(Figure::value).toArray());
      if (meanTarget != 0) {
        return Math.abs(meanTarget);
      }
    }
    double meanActual = Statistics.mean(actuals);
    return meanActual != 0 ? Math.abs(meanActual) : 1;
  }

  /** g = -slope(d) / (U - L) with d = max(L - A, 0, A - U), the distance outside the band. */
  static double bandGrowth(Band band, List<YearMonth> points, double[] actuals) {
    double[] distance = new double[actuals.length];
    for (int i = 0; i < actuals.length; i++) {
      distance[i] = Math.max(Math.max(band.low() - actuals[i], 0), actuals[i] - band.high());
    }
    double slope = Statistics.slope(monthNumbers(points), distance);
    double width = band.high() - band.low();
    // a band wider than a double can hold: halve both sides (exact for doubles that large)
    return Double.isFinite(width)
        ? -slope / width
        : -(slope / 2) / (band.high() / 2 - band.low() / 2);
  }

  /** g > 0.01 improving, g < -0.01 worsening, else stable. */
  static TrendDirection direction(double growth) {
    if (growth > THRESHOLD) {
      return TrendDirection.IMPROVING;
    }
    return growth < -THRESHOLD ? TrendDirection.WORSENING : TrendDirection.STABLE;
  }

  /** The latest reported actual up to P minus the reported one before it. */
  static Figure change(KpiSeries series, List<YearMonth> lastTwo) {
    if (lastTwo.size() < 2) {
      return Figure.absent(Reasons.NO_PREVIOUS_MONTH);
    }
    double[] values = series.actualsAt(lastTwo);
    return Statistics.finite(values[1] - values[0]);
  }

  /** That change over abs(previous actual), as a fraction; absent when the previous is 0. */
  static Figure changePercent(KpiSeries series, List<YearMonth> lastTwo) {
    Figure change = change(series, lastTwo);
    if (change.isAbsent()) {
      return change;
    }
    double previous = series.actualsAt(lastTwo)[0];
    if (previous == 0) {
      return Figure.absent(Reasons.PREVIOUS_IS_ZERO);
    }
    return Statistics.finite(change.value() / Math.abs(previous));
  }

  /** The mean of the last three reported actuals up to P; fewer than three: not enough data. */
  static Figure movingAverage(KpiSeries series, YearMonth period) {
    List<YearMonth> lastThree = series.lastReported(3, period);
    if (lastThree.size() < 3) {
      return Figure.absent(Reasons.NOT_ENOUGH_DATA);
    }
    return Statistics.finite(Statistics.mean(series.actualsAt(lastThree)));
  }
}

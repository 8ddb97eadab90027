package boardpack.compute;

import boardpack.model.Figure;

/** Sums, means and ordinary least squares, as the KPI rules of calculations.md use them. */
final class Statistics {

  static final String OUT_OF_RANGE = "too large to compute";

  private Statistics() {}

  /**
   * A computed figure, or absent when the arithmetic overflowed (values near the limit of a
   * double): calculations.md, no result is ever NaN or infinite.
   */
  static Figure finite(double value) {
    return Double.isFinite(value) ? Figure.of(value) : Figure.absent(OUT_OF_RANGE);
  }

  static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }

  /** The mean of at least one value. */
  static double mean(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("the mean of no values is undefined");
    }
    return sum(values) / values.length;
  }

  /** Least-squares slope of y on x; x must hold at least two different values. */
  static double slope(double[] x, double[] y) {
    double meanX = mean(x);
    double meanY = mean(y);
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - meanX) * (y[i] - meanY);
      sxx += (x[i] - meanX) * (x[i] - meanX);
    }
    if (sxx == 0) {
      throw new IllegalArgumentException("a least-squares line needs two different x values");
    }
    return sxy / sxx;
  }

  /** The least-squares line of y on x, evaluated at {@code at}. */
  static double lineAt(double[] x, double[] y, double at) {
    return mean(y) + slope(x, y) * (at - mean(x));
  }
}

package boardpack.compute;

import boardpack.model.Figure;

/** Sums, means, ordinary least squares and Pearson's r, as calculations.md uses them. */
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

  /** True when every value is the same: r and a slope need some variation. */
  static boolean isConstant(double[] values) {
    for (double v : values) {
      if (v != values[0]) {
        return false;
      }
    }
    return true;
  }

  /** y = alpha + beta * x. */
  record Line(double alpha, double beta) {

    double at(double x) {
      return alpha + beta * x;
    }
  }

  /**
   * The ordinary least-squares line of y on x; x must vary. Deviations from the means are summed
   * (two passes) rather than raw sums of squares, so large, close values do not cancel into noise.
   */
  static Line fit(double[] x, double[] y) {
    double meanX = mean(x);
    double meanY = mean(y);
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.length; i++) {
      double dx = x[i] - meanX;
      sxy += dx * (y[i] - meanY);
      sxx += dx * dx;
    }
    if (sxx == 0) {
      throw new IllegalArgumentException("a least-squares line needs two different x values");
    }
    double beta = sxy / sxx;
    return new Line(meanY - beta * meanX, beta);
  }

  /** Least-squares slope of y on x; x must hold at least two different values. */
  static double slope(double[] x, double[] y) {
    return fit(x, y).beta();
  }

  /** The least-squares line of y on x, evaluated at {@code at}. */
  static double lineAt(double[] x, double[] y, double at) {
    return fit(x, y).at(at);
  }

  /**
   * Pearson's r of equally long x and y, both varying; NaN only when the values are too large or
   * too close for doubles (the caller reports that as absent). Rounding past +-1 is held at +-1.
   */
  static double pearson(double[] x, double[] y) {
    double meanX = mean(x);
    double meanY = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      double dx = x[i] - meanX;
      double dy = y[i] - meanY;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    // one square root rounds once (so a perfect line gives r = 1 exactly); two avoid overflow
    double scale =
        Double.isFinite(sxx * syy) ? Math.sqrt(sxx * syy) : Math.sqrt(sxx) * Math.sqrt(syy);
    double r = sxy / scale;
    return Double.isFinite(r) ? Math.max(-1, Math.min(1, r)) : Double.NaN;
  }
}

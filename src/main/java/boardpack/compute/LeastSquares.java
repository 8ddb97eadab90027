package boardpack.compute;

/**
 * Pearson's r and the least-squares line of y on x, for calculations.md: leading and lagging
 * indicators. Deviations from the means are summed (two passes) rather than raw sums of squares,
 * so that large, close values do not cancel into noise.
 */
final class LeastSquares {

  /** y = alpha + beta * x. */
  record Line(double alpha, double beta) {

    double at(double x) {
      return alpha + beta * x;
    }
  }

  private LeastSquares() {}

  /** True when every value is the same: r and a slope need some variation. */
  static boolean isConstant(double[] values) {
    for (double v : values) {
      if (v != values[0]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Pearson's r of equally long x and y, both varying; NaN only when the values are too large or
   * too close for doubles (the caller reports that as absent). Rounding past +-1 is held at +-1.
   */
  static double pearson(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    // one square root rounds once (so a perfect line gives r = 1 exactly); two avoid overflow
    double scale = Double.isFinite(sxx * syy) ? Math.sqrt(sxx * syy) : Math.sqrt(sxx) * Math.sqrt(syy);
    double r = sxy / scale;
    return Double.isFinite(r) ? Math.max(-1, Math.min(1, r)) : Double.NaN;
  }

  /** The ordinary least-squares line of y on x; x must vary. */
  static Line fit(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.length; i++) {
      double dx = x[i] - mx;
      sxy += dx * (y[i] - my);
      sxx += dx * dx;
    }
    double beta = sxy / sxx;
    return new Line(my - beta * mx, beta);
  }

  static double mean(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total / values.length;
  }
}

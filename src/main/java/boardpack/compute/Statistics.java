package boardpack.compute;

import boardpack.model.Figure;

/**
 * Sums, means, ordinary least squares and Pearson's r, as calculations.md uses them, and the one
 * overflow guard every computed figure passes through.
 */
final class Statistics {

  private Statistics() {}

  /**
   * The overflow guard: a computed figure, or absent when its arithmetic overflowed a double
   * (values near its limit, or divided by a subnormal): calculations.md, no result is ever NaN or
   * infinite.
   */
  static Figure finite(double value) {
    return Double.isFinite(value) ? Figure.of(value) : Figure.absent(Reasons.TOO_LARGE);
  }

  static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }

  /**
   * The mean of at least one value. The mean of finite values is finite, so when their plain sum
   * overflows it is taken over each value's share instead.
   */
  static double mean(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("the mean of no values is undefined");
    }
    double total = sum(values);
    if (Double.isFinite(total)) {
      return total / values.length;
    }
    double mean = 0;
    for (double v : values) {
      mean += v / values.length;
    }
    return mean;
  }

  /**
   * The mean of {@code values} weighted by {@code weights} (each above 0). The weights are scaled
   * by a power of two so the largest is near 1: exact, so ordinary weights give the plain result,
   * and weights near the limits of a double (1e308, 4.9e-324) neither overflow nor vanish.
   */
  static double weightedMean(double[] weights, double[] values) {
    double largest = 0;
    for (double w : weights) {
      largest = Math.max(largest, w);
    }
    int scale = -Math.getExponent(largest);
    double weightTotal = 0;
    double weighted = 0;
    for (int i = 0; i < weights.length; i++) {
      double w = Math.scalb(weights[i], scale);
      weightTotal += w;
      weighted += w * values[i];
    }
    return weighted / weightTotal;
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

  /**
   * The means of x and y and the sums of squared and crossed deviations from them, which a
   * least-squares line and Pearson's r are built on.
   */
  record Deviations(double meanX, double meanY, double sxx, double sxy, double syy) {

    static Deviations of(double[] x, double[] y) {
      double meanX = mean(x);
      double meanY = mean(y);
      double sxx = 0;
      double sxy = 0;
      double syy = 0;
      for (int i = 0; i < x.length; i++) {
        double dx = x[i] - meanX;
        double dy = y[i] - meanY;
        sxx += dx * dx;
        sxy += dx * dy;
        syy += dy * dy;
      }
      return new Deviations(meanX, meanY, sxx, sxy, syy);
    }
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
   * x and y are first scaled by powers of two to near 1 (exact, and undone on the result), so
   * values near the limits of a double neither overflow nor vanish in the squares.
   */
  static Line fit(double[] rawX, double[] rawY) {
    int scaleX = unitScale(rawX);
    int scaleY = unitScale(rawY);
    Deviations d = Deviations.of(scaled(rawX, scaleX), scaled(rawY, scaleY));
    if (d.sxx() == 0) {
      throw new IllegalArgumentException("a least-squares line needs two different x values");
    }
    double beta = d.sxy() / d.sxx();
    return new Line(
        Math.scalb(d.meanY() - beta * d.meanX(), -scaleY), Math.scalb(beta, scaleX - scaleY));
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
   * Pearson's r of equally long x and y, both varying; NaN only when the values are too close for
   * doubles (the caller reports that as absent). Rounding past +-1 is held at +-1. r does not
   * change when x or y is scaled, so both are scaled by powers of two to near 1 first.
   */
  static double pearson(double[] rawX, double[] rawY) {
    Deviations d = Deviations.of(scaled(rawX, unitScale(rawX)), scaled(rawY, unitScale(rawY)));
    // one square root rounds once (so a perfect line gives r = 1 exactly); two avoid underflow
    double product = d.sxx() * d.syy();
    double scale =
        product >= Double.MIN_NORMAL && Double.isFinite(product)
            ? Math.sqrt(product)
            : Math.sqrt(d.sxx()) * Math.sqrt(d.syy());
    double r = d.sxy() / scale;
    return Double.isFinite(r) ? Math.max(-1, Math.min(1, r)) : Double.NaN;
  }

  /** The power of two that brings the largest magnitude among {@code values} near 1. */
  private static int unitScale(double[] values) {
    double largest = 0;
    for (double v : values) {
      largest = Math.max(largest, Math.abs(v));
    }
    return largest == 0 ? 0 : -Math.getExponent(largest);
  }

  private static double[] scaled(double[] values, int scale) {
    double[] result = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = Math.scalb(values[i], scale);
    }
    return result;
  }
}

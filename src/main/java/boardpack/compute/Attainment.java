package boardpack.compute;

import boardpack.model.Band;
import boardpack.model.Direction;
import boardpack.model.Figure;
import boardpack.model.Status;

/** calculations.md, KPI: attainment and status, for one actual against one target or band. */
final class Attainment {

  private Attainment() {}

  /**
   * Attainment of {@code actual} against {@code target} for a higher- or lower-is-better KPI,
   * floored at 0 and never capped. With T = 0: 1 on the good side of 0 (or equal), else 0.
   */
  static double attainment(Direction direction, double actual, double target) {
    if (direction == Direction.WITHIN_RANGE) {
      throw new IllegalArgumentException("a within-range KPI is graded against its band");
    }
    boolean higher = direction == Direction.HIGHER_IS_BETTER;
    if (target == 0) {
      return (higher ? actual >= 0 : actual <= 0) ? 1 : 0;
    }
    double gap = higher ? actual - target : target - actual;
    return Math.max(0, 1 + gap / Math.abs(target));
  }

  /**
   * Attainment against a band [L, U]: 1 inside; below 1 - (L - A) / s with s = |L|; above 1 - (A -
   * U) / s with s = |U|; s = U - L when that bound is 0. A band [0, 0] leaves s = 0, so the rule
   * cannot apply to an actual outside it: absent (calculations.md: never NaN or infinite).
   */
  static Figure attainment(Band band, double actual) {
    if (band.contains(actual)) {
      return Figure.of(1);
    }
    boolean below = actual < band.low();
    double bound = below ? band.low() : band.high();
    double distance = below ? band.low() - actual : actual - band.high();
    double scale = bound != 0 ? Math.abs(bound) : band.high() - band.low();
    if (scale == 0) {
      return Figure.absent(Reasons.NO_BAND_WIDTH);
    }
    return Statistics.finite(Math.max(0, 1 - distance / scale));
  }

  /** a >= 1 green; a >= 1 - tolerance amber; else red; no attainment: none. */
  static Status status(Figure attainment, double tolerance) {
    if (attainment.isAbsent()) {
      return Status.NONE;
    }
    double a = attainment.value();
    if (a >= 1) {
      return Status.GREEN;
    }
    return a >= 1 - tolerance ? Status.AMBER : Status.RED;
  }
}

package boardpack.compute;

import boardpack.model.Band;
import boardpack.model.Direction;
import boardpack.model.Figure;
import boardpack.model.Kpi;
import boardpack.model.KpiScore;
import boardpack.model.Measure;

/**
 * Variance B/(W): favourable positive. Higher is better: A - T; Lower is better: T - A; percent:
 * that over abs(T), the gap of calculations.md's attainment rule. Within range: 0 inside the band,
 * else minus the distance outside it, the percent over the attainment rule's scale (abs(L) below,
 * abs(U) above, U - L when that bound is 0): a KPI outside its band is always adverse.
 */
final class Variances {

  static final String TARGET_IS_ZERO = "the target is 0";

  private Variances() {}

  static Variance month(KpiScore score) {
    return of(score.kpi(), score.month());
  }

  static Variance of(Kpi kpi, Measure measure) {
    return of(kpi, measure.actual(), measure.target());
  }

  /** The year-end forecast against the annual target (the band for Within range). */
  static Variance forecast(KpiScore score) {
    return of(score.kpi(), score.outlook().forecast(), score.annualTarget());
  }

  static Variance of(Kpi kpi, Figure actual, Figure target) {
    if (actual.isAbsent()) {
      return Variance.absent(actual.absentReason());
    }
    if (kpi.direction() == Direction.WITHIN_RANGE) {
      return outsideBand(kpi.band().orElseThrow(), actual.value());
    }
    if (target.isAbsent()) {
      return Variance.absent(target.absentReason());
    }
    double a = actual.value();
    double t = target.value();
    Figure amount =
        Statistics.finite(kpi.direction() == Direction.HIGHER_IS_BETTER ? a - t : t - a);
    if (amount.isAbsent()) {
      return new Variance(amount, amount);
    }
    Figure percent =
        t == 0 ? Figure.absent(TARGET_IS_ZERO) : Statistics.finite(amount.value() / Math.abs(t));
    return new Variance(amount, percent);
  }

  private static Variance outsideBand(Band band, double actual) {
    if (band.contains(actual)) {
      return new Variance(Figure.of(0), Figure.of(0));
    }
    boolean below = actual < band.low();
    double bound = below ? band.low() : band.high();
    Figure distance = Statistics.finite(below ? band.low() - actual : actual - band.high());
    if (distance.isAbsent()) {
      return new Variance(distance, distance);
    }
    double scale = bound != 0 ? Math.abs(bound) : band.high() - band.low();
    Figure amount = Figure.of(-distance.value());
    // A band [0, 0] has no scale: the attainment rule says why, and so does the percent.
    Figure percent =
        scale == 0
            ? Attainment.attainment(band, actual)
            : Statistics.finite(-distance.value() / scale);
    return new Variance(amount, percent);
  }
}

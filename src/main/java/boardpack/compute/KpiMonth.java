package boardpack.compute;

import boardpack.model.Figure;
import boardpack.model.Kpi;
import boardpack.model.Measure;
import java.time.YearMonth;

/** calculations.md, KPI: target and attainment for one month, and the month a KPI shows. */
final class KpiMonth {

  private KpiMonth() {}

  /**
   * The month whose result a KPI shows at {@code period}: the period itself, or for a quarterly KPI
   * outside a quarter end the latest quarter-end month before it.
   */
  static YearMonth shownMonth(KpiSeries series, YearMonth period) {
    return series.kpi().isQuarterly()
        ? series.calendar().latestQuarterEndOnOrBefore(period)
        : period;
  }

  /**
   * Actual, T(m), attainment and status in {@code month}. No actual: no data (an older quarter
   * never hides a missed report); the month's target is still shown.
   */
  static Measure measure(KpiSeries series, YearMonth month, double tolerance) {
    return grade(series.kpi(), series.actual(month), series.target(month), tolerance);
  }

  /** An actual (maybe absent) against a target (maybe absent) or the KPI's band, with status. */
  static Measure grade(Kpi kpi, Figure actual, Figure target, double tolerance) {
    if (actual.isAbsent()) {
      return new Measure(actual, target, actual, Attainment.status(actual, tolerance));
    }
    Figure attainment = attainment(kpi, actual.value(), target);
    return new Measure(actual, target, attainment, Attainment.status(attainment, tolerance));
  }

  /**
   * Attainment of one actual: against the band for a Within range KPI, else against the target; no
   * target: absent, so the status is no data.
   */
  static Figure attainment(Kpi kpi, double actual, Figure target) {
    if (kpi.isWithinRange()) {
      return Attainment.attainment(kpi.band().orElseThrow(), actual);
    }
    if (target.isAbsent()) {
      return Figure.absent(Reasons.NO_TARGET);
    }
    return Statistics.finite(Attainment.attainment(kpi.direction(), actual, target.value()));
  }
}

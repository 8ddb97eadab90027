package boardpack.compute;

import boardpack.model.FiscalCalendar;
import boardpack.model.Kpi;
import boardpack.model.KpiScore;
import boardpack.model.MonthPoint;
import boardpack.model.Plan;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/** calculations.md, every KPI rule: month, QTD, YTD, annual target, outlook, trend, history. */
final class KpiScoring {

  static final int HISTORY_MONTHS = 13;

  private KpiScoring() {}

  /** The KPI's row of the scorecard at {@code period}, with the cycle flags still false. */
  static KpiScore score(Kpi kpi, Plan plan, YearMonth period) {
    Objects.requireNonNull(period, "period");
    KpiSeries series = KpiSeries.of(kpi, plan);
    double tolerance = plan.settings().amberTolerance();
    YearMonth shown = KpiMonth.shownMonth(series, period);
    return new KpiScore(
        kpi,
        shown,
        KpiMonth.measure(series, shown, tolerance),
        ToDate.quarterToDate(series, period, tolerance),
        ToDate.yearToDate(series, period, tolerance),
        series.annualTarget(period),
        KpiOutlook.outlook(series, period, tolerance),
        KpiTrend.trend(series, period),
        history(series, period),
        false,
        false,
        false);
  }

  /** The 13 months up to and including P, oldest first, each with its actual and T(m). */
  static List<MonthPoint> history(KpiSeries series, YearMonth period) {
    return FiscalCalendar.monthsFrom(period.minusMonths(HISTORY_MONTHS - 1), period).stream()
        .map(month -> new MonthPoint(month, series.actual(month), series.target(month)))
        .toList();
  }
}

package boardpack.compute;

import boardpack.model.Aggregation;
import boardpack.model.Figure;
import boardpack.model.FiscalCalendar;
import boardpack.model.Frequency;
import boardpack.model.Kpi;
import boardpack.model.MonthValue;
import boardpack.model.Outlook;
import boardpack.model.Series;
import boardpack.model.Status;
import boardpack.model.Value;
import java.time.YearMonth;
import java.util.List;

/** calculations.md, KPI: outlook to the fiscal year end. */
final class KpiOutlook {

  private KpiOutlook() {}

  /**
   * What the outlook rules read at P.
   *
   * @param ytdActual the sum of the reported actuals of the fiscal year up to P, 0 when none
   * @param reportedMonths how many months of the fiscal year up to P are reported
   * @param recentMean r, the mean of the last three reported actuals up to P, from any year
   * @param remaining the months after P left in the fiscal year (quarter ends for a quarterly KPI)
   */
  record YearSoFar(
      double ytdActual, int reportedMonths, double recentMean, List<YearMonth> remaining) {

    YearSoFar {
      remaining = List.copyOf(remaining);
    }

    int n() {
      return remaining.size();
    }
  }

  static Outlook outlook(KpiSeries series, YearMonth period, double tolerance) {
    List<YearMonth> recent = series.lastReported(3, period);
    if (recent.isEmpty()) {
      Figure none = Figure.absent(Reasons.NO_ACTUAL);
      return new Outlook(none, none, Status.NONE, none, List.of());
    }
    YearSoFar soFar = yearSoFar(series, period, recent);
    Figure forecast =
        switch (series.kpi().aggregation()) {
          case SUM -> sumForecast(soFar);
          case AVERAGE -> averageForecast(soFar);
          case LAST -> lastForecast(series, period);
        };
    Figure annual = series.annualTarget(period);
    Figure attainment = forecastAttainment(series.kpi(), forecast, annual);
    Figure runRate =
        series.kpi().aggregation() == Aggregation.SUM
            ? requiredRunRate(annual, soFar.ytdActual(), soFar.n())
            : Figure.absent(Reasons.ONLY_SUM);
    return new Outlook(
        forecast,
        attainment,
        Attainment.status(attainment, tolerance),
        runRate,
        rephasedTargets(soFar.remaining(), runRate));
  }

  static YearSoFar yearSoFar(KpiSeries series, YearMonth period, List<YearMonth> recent) {
    FiscalCalendar calendar = series.calendar();
    return new YearSoFar(
        ytdActual(series.actuals(), calendar, period),
        series.reportedBetween(calendar.yearStartOf(period), period).size(),
        Statistics.mean(series.actualsAt(recent)),
        remainingMonths(calendar, series.kpi().frequency(), period));
  }

  /**
   * YTD actual: the sum of the reported actuals of the fiscal year up to P, 0 when none. Figures
   * computed from it pass the overflow guard.
   */
  static double ytdActual(Series actuals, FiscalCalendar calendar, YearMonth period) {
    return Statistics.sum(
        actuals.values().subMap(calendar.yearStartOf(period), true, period, true).values().stream()
            .mapToDouble(Value::number)
            .toArray());
  }

  /** n: the fiscal year's months after P, or for a quarterly KPI its quarter-end months after P. */
  static List<YearMonth> remainingMonths(
      FiscalCalendar calendar, Frequency frequency, YearMonth period) {
    return calendar.expectedMonths(frequency, period).stream()
        .filter(month -> month.isAfter(period))
        .toList();
  }

  /** Sum: YTD actual + r * n. */
  static Figure sumForecast(YearSoFar soFar) {
    return Statistics.finite(soFar.ytdActual() + soFar.recentMean() * soFar.n());
  }

  /** Average: (YTD actual + r * n) / (reported YTD months + n). */
  static Figure averageForecast(YearSoFar soFar) {
    int months = soFar.reportedMonths() + soFar.n();
    if (months == 0) {
      return Figure.absent(Reasons.NO_REPORTED_MONTH);
    }
    return Statistics.finite((soFar.ytdActual() + soFar.recentMean() * soFar.n()) / months);
  }

  /**
   * Last: the least-squares line of actual on month number over the trend points, at the fiscal
   * year's last month; with fewer than 3 points, the last actual.
   */
  static Figure lastForecast(KpiSeries series, YearMonth period) {
    List<YearMonth> points = KpiTrend.points(series, period);
    double[] actuals = series.actualsAt(points);
    if (points.size() < KpiTrend.MIN_POINTS) {
      return Figure.of(actuals[actuals.length - 1]);
    }
    double yearEnd = KpiTrend.monthNumber(series.calendar().yearEndOf(period));
    return Statistics.finite(Statistics.lineAt(KpiTrend.monthNumbers(points), actuals, yearEnd));
  }

  /** The forecast graded against Y (the band for a Within range KPI); no Y: absent. */
  static Figure forecastAttainment(Kpi kpi, Figure forecast, Figure annual) {
    if (forecast.isAbsent()) {
      return forecast;
    }
    return KpiMonth.attainment(kpi, forecast.value(), annual);
  }

  /** (Y - YTD actual) / n per remaining month (quarter end), when Y exists and n > 0. */
  static Figure requiredRunRate(Figure annual, double ytdActual, int n) {
    if (annual.isAbsent()) {
      return annual;
    }
    if (n == 0) {
      return Figure.absent(Reasons.NO_MONTH_LEFT);
    }
    return Statistics.finite((annual.value() - ytdActual) / n);
  }

  /** Each remaining month (quarter end) gets the required run-rate, keeping the annual target. */
  static List<MonthValue> rephasedTargets(List<YearMonth> remaining, Figure runRate) {
    if (runRate.isAbsent()) {
      return List.of();
    }
    return remaining.stream().map(month -> new MonthValue(month, runRate.value())).toList();
  }
}

package boardpack.compute;

import boardpack.model.Figure;
import boardpack.model.FiscalCalendar;
import boardpack.model.Kpi;
import boardpack.model.Plan;
import boardpack.model.Series;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One KPI with its actuals, its Targets row and the fiscal calendar: what every KPI rule reads. */
record KpiSeries(Kpi kpi, Series actuals, Series targets, FiscalCalendar calendar) {

  KpiSeries {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(actuals, "actuals");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(calendar, "calendar");
  }

  static KpiSeries of(Kpi kpi, Plan plan) {
    return new KpiSeries(
        kpi,
        plan.actualsOf(kpi.id()),
        plan.targetsOf(kpi.id()),
        new FiscalCalendar(plan.settings().fiscalYearStart()));
  }

  /** The month's actual, read from its cell or CSV line, or absent: not reported. */
  Figure actual(YearMonth month) {
    return actuals.at(month).map(Figures::read).orElse(Figure.absent(Reasons.NOT_REPORTED));
  }

  /** The actuals of months that are all reported, in the same order, each with its source. */
  List<Figure> actualFigures(List<YearMonth> reported) {
    return reported.stream().map(this::actual).toList();
  }

  /** T(m), by Targets.monthTarget. */
  Figure target(YearMonth month) {
    return Targets.monthTarget(kpi, targets, month, calendar);
  }

  /** Y for the fiscal year of {@code period}, by Targets.annualTarget. */
  Figure annualTarget(YearMonth period) {
    return Targets.annualTarget(kpi, targets, period, calendar);
  }

  /** The reported months from {@code first} to {@code last}, both included, oldest first. */
  List<YearMonth> reportedBetween(YearMonth first, YearMonth last) {
    if (last.isBefore(first)) {
      return List.of();
    }
    return List.copyOf(actuals.values().subMap(first, true, last, true).keySet());
  }

  /** The last {@code count} reported months up to and including {@code upTo}, oldest first. */
  List<YearMonth> lastReported(int count, YearMonth upTo) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth month : actuals.values().headMap(upTo, true).descendingKeySet()) {
      if (months.size() == count) {
        break;
      }
      months.addFirst(month);
    }
    return List.copyOf(months);
  }

  /** The actuals of months that are all reported, in the same order. */
  double[] actualsAt(List<YearMonth> reported) {
    return reported.stream().mapToDouble(m -> actuals.at(m).orElseThrow().number()).toArray();
  }
}

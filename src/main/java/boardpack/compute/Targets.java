package boardpack.compute;

import boardpack.model.Aggregation;
import boardpack.model.Figure;
import boardpack.model.FiscalCalendar;
import boardpack.model.Kpi;
import boardpack.model.Origin;
import boardpack.model.Series;
import boardpack.model.Value;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** calculations.md, KPI target T(m) and annual target Y. */
final class Targets {

  private Targets() {}

  /**
   * T(m): the Targets cell if filled; else from the annual target (Sum: annual / 12, or annual / 4
   * at each quarter end for a quarterly KPI; Average, Last: the annual target); else none. A
   * within-range KPI has no T(m).
   */
  static Figure monthTarget(Kpi kpi, Series targets, YearMonth month, FiscalCalendar calendar) {
    if (kpi.isWithinRange()) {
      return Figure.absent(Reasons.MEASURED_BY_BAND);
    }
    Optional<Value> cell = targets.at(month);
    if (cell.isPresent()) {
      return Figures.read(cell.get());
    }
    if (kpi.annualTarget().isEmpty()) {
      return Figure.absent(Reasons.NO_TARGET);
    }
    Value annual = kpi.annualTarget().get();
    if (kpi.isQuarterly()
        && kpi.aggregation() == Aggregation.SUM
        && !calendar.isQuarterEnd(month)) {
      return Figure.absent(Reasons.NOT_A_QUARTER_END);
    }
    double share = kpi.aggregation() != Aggregation.SUM ? 1 : kpi.isQuarterly() ? 4 : 12;
    return Figure.of(annual.number() / share, Origin.fromAnnualTarget(annual.source()));
  }

  /**
   * Y: the Annual target cell; else, when every month the KPI expects in the fiscal year of {@code
   * period} has a Targets cell, those targets combined by the KPI's aggregation.
   */
  static Figure annualTarget(Kpi kpi, Series targets, YearMonth period, FiscalCalendar calendar) {
    if (kpi.isWithinRange()) {
      return Figure.absent(Reasons.MEASURED_BY_BAND);
    }
    if (kpi.annualTarget().isPresent()) {
      return Figures.read(kpi.annualTarget().get());
    }
    List<YearMonth> expected = calendar.expectedMonths(kpi.frequency(), period);
    if (!expected.stream().allMatch(targets::has)) {
      return Figure.absent(Reasons.NO_TARGET);
    }
    List<Figure> months =
        expected.stream().map(month -> Figures.read(targets.at(month).orElseThrow())).toList();
    return Figures.combine(kpi.aggregation(), months);
  }
}

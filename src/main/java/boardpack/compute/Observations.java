package boardpack.compute;

import boardpack.model.Direction;
import boardpack.model.Figure;
import boardpack.model.KpiScore;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A KPI's variances said in words: the month as above or below target (the actual's side), the year
 * to date as ahead or behind (the effect), the forecast's year end as ahead or short. A clause
 * whose figure is absent is left out; percentages to one decimal.
 */
final class Observations {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private Observations() {}

  static Observation of(KpiRow row, YearMonth period) {
    List<String> clauses = new ArrayList<>();
    clauses.add(row.kpi().name() + " " + month(row, period));
    ytd(row).ifPresent(clauses::add);
    yearEnd(row).ifPresent(clauses::add);
    return new Observation(row.id(), String.join("; ", clauses) + ".");
  }

  private static String month(KpiRow row, YearMonth period) {
    KpiScore score = row.score();
    String when =
        score.shownMonth().equals(period) ? "this month" : "in " + MONTH.format(score.shownMonth());
    if (score.month().actual().isAbsent()) {
      return "is not reported " + when;
    }
    Figure percent = row.month().percent();
    if (percent.isAbsent()) {
      return "has no target to compare with " + when;
    }
    double p = percent.value();
    if (row.kpi().direction() == Direction.WITHIN_RANGE) {
      if (p == 0) {
        return "is within its range " + when;
      }
      boolean below = score.month().actual().value() < row.kpi().band().orElseThrow().low();
      return "is " + pct(p) + (below ? " below" : " above") + " its range " + when;
    }
    if (p == 0) {
      return "is on target " + when;
    }
    boolean above = score.month().actual().value() > score.month().target().value();
    return "is " + pct(p) + (above ? " above" : " below") + " target " + when;
  }

  private static Optional<String> ytd(KpiRow row) {
    Figure percent = row.yearToDate().percent();
    if (percent.isAbsent()) {
      return Optional.empty();
    }
    double p = percent.value();
    String side = p > 0 ? pct(p) + " ahead" : p < 0 ? pct(p) + " behind" : "on target";
    if (row.kpi().direction() == Direction.WITHIN_RANGE) {
      side = p == 0 ? "within range" : pct(p) + " outside its range";
    }
    return Optional.of("year to date " + side);
  }

  private static Optional<String> yearEnd(KpiRow row) {
    Figure percent = row.forecast().percent();
    if (percent.isAbsent()) {
      return Optional.empty();
    }
    double p = percent.value();
    String side = p > 0 ? pct(p) + " ahead" : p < 0 ? pct(p) + " short" : "on target";
    if (row.kpi().direction() == Direction.WITHIN_RANGE) {
      side = p == 0 ? "within range" : pct(p) + " outside its range";
    }
    return Optional.of("at the current run-rate the year ends " + side);
  }

  /** The size of a fraction as a percentage with one decimal: 0.04 is {@code 4.0%}. */
  static String pct(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", Math.abs(fraction) * 100);
  }
}

package boardpack.compute;

import boardpack.model.Plan;
import boardpack.model.Series;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Which month a run reports: {@code --period}, else Settings, else the latest month with any
 * actual.
 */
public final class ReportingPeriod {

  private ReportingPeriod() {}

  /** Empty only when the plan has no actual at all and no period is set. */
  public static Optional<YearMonth> choose(Plan plan, Optional<YearMonth> override) {
    Objects.requireNonNull(override, "override");
    if (override.isPresent()) {
      return override;
    }
    if (plan.settings().reportingPeriod().isPresent()) {
      return plan.settings().reportingPeriod();
    }
    return plan.actuals().values().stream()
        .filter(series -> !series.isEmpty())
        .map(Series::values)
        .map(values -> values.lastKey())
        .max(YearMonth::compareTo);
  }
}

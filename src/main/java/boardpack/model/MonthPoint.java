package boardpack.model;

import java.time.YearMonth;
import java.util.Objects;

/** A KPI's actual and target in one month, for history tables and charts. */
public record MonthPoint(YearMonth month, Figure actual, Figure target) {

  public MonthPoint {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(target, "target");
  }
}

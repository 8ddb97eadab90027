package boardpack.model;

import java.time.YearMonth;
import java.util.Objects;

/** A computed number for one month, such as a re-phased target. */
public record MonthValue(YearMonth month, double value) {

  public MonthValue {
    Objects.requireNonNull(month, "month");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(month + ": value must be a finite number");
    }
  }
}

package boardpack.model;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One actual a pack was built from, as its record ({@code <org>-<YYYY-MM>-actuals.csv}) lists it.
 *
 * @param source where the value came from, as {@link Source#place()} spells it ({@code Actuals!N7},
 *     {@code ledger.csv:14})
 */
public record RecordedActual(Id id, YearMonth period, double value, String source) {

  public RecordedActual {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(source, "source");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(id + " " + period + ": value must be a finite number");
    }
  }
}

package boardpack.compute;

import boardpack.model.Id;
import boardpack.model.MeasureKind;
import boardpack.model.Source;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * An earlier month's actual that differs from what the earlier pack was built from.
 *
 * @param before the value the earlier pack used; empty when it had none for that month
 * @param now the value this pack uses; empty when the month is no longer reported
 * @param source where {@code now} comes from (its place: {@code Actuals!N7}, {@code
 *     ledger.csv:14}); empty with {@code now}
 */
public record Restatement(
    MeasureKind kind,
    Id id,
    String name,
    YearMonth month,
    Optional<Double> before,
    Optional<Double> now,
    Optional<Source> source) {

  public Restatement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(source, "source");
  }
}

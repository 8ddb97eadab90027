package boardpack.model;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Monthly values of one measure (actuals or targets), in month order. A missing month is
 * unreported.
 */
public record Series(NavigableMap<YearMonth, Value> values) {

  public static final Series EMPTY = new Series(new TreeMap<>());

  public Series {
    Objects.requireNonNull(values, "values");
    values = Collections.unmodifiableNavigableMap(new TreeMap<>(values));
  }

  public static Series of(Map<YearMonth, Value> values) {
    return new Series(new TreeMap<>(values));
  }

  public Optional<Value> at(YearMonth month) {
    return Optional.ofNullable(values.get(month));
  }

  public boolean has(YearMonth month) {
    return values.containsKey(month);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }
}

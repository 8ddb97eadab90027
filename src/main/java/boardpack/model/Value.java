package boardpack.model;

import java.util.Objects;

/** A number read from the plan, with the place it came from. */
public record Value(double number, Source source) {

  public Value {
    Objects.requireNonNull(source, "source");
    if (!Double.isFinite(number)) {
      throw new IllegalArgumentException(source.place() + ": value must be a finite number");
    }
  }
}

package boardpack.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A computed figure, or its absence with the reason (calculations.md: "where a rule cannot apply,
 * the figure is absent and the reason is shown"). Never NaN or infinite.
 *
 * @param origin the inputs it came from, for a link to the plan; {@link Origin#NONE} when none
 */
public record Figure(double value, String absentReason, Origin origin) {

  public Figure {
    Objects.requireNonNull(origin, "origin");
    if (absentReason == null && !Double.isFinite(value)) {
      throw new IllegalArgumentException("a figure must be a finite number, got " + value);
    }
    if (absentReason != null && value != 0) {
      throw new IllegalArgumentException("an absent figure carries no value");
    }
  }

  /** A figure with no origin to name. */
  public Figure(double value, String absentReason) {
    this(value, absentReason, Origin.NONE);
  }

  public static Figure of(double value) {
    return new Figure(value, null);
  }

  public static Figure of(double value, Origin origin) {
    return new Figure(value, null, origin);
  }

  public static Figure absent(String reason) {
    return new Figure(0, Objects.requireNonNull(reason, "reason"));
  }

  /** The same figure (or absence) with its inputs named. */
  public Figure from(Origin inputs) {
    return new Figure(value, absentReason, inputs);
  }

  public boolean isPresent() {
    return absentReason == null;
  }

  public boolean isAbsent() {
    return absentReason != null;
  }

  /** The value; call only after {@link #isPresent()}. */
  @Override
  public double value() {
    if (isAbsent()) {
      throw new IllegalStateException("figure is absent: " + absentReason);
    }
    return value;
  }

  public OptionalDouble optional() {
    return isPresent() ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  public Optional<String> reason() {
    return Optional.ofNullable(absentReason);
  }

  @Override
  public String toString() {
    return isPresent() ? Double.toString(value) : "absent (" + absentReason + ")";
  }
}

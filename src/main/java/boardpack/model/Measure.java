package boardpack.model;

import java.util.Objects;

/**
 * Actual, target, attainment and status of a KPI for a month, a quarter to date or a year to date.
 */
public record Measure(Figure actual, Figure target, Figure attainment, Status status) {

  public Measure {
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(attainment, "attainment");
    Objects.requireNonNull(status, "status");
  }

  /** No figures at all, for one reason (for example "no reported month"). */
  public static Measure absent(String reason) {
    Figure none = Figure.absent(reason);
    return new Measure(none, none, none, Status.NONE);
  }
}

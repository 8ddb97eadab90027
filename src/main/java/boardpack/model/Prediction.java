package boardpack.model;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A lagging KPI's value predicted from its leading KPI, graded against the lagging KPI's target for
 * that month. A predicted red is an early warning.
 */
public record Prediction(
    YearMonth month, double predicted, Figure target, Figure attainment, Status status) {

  public Prediction {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(attainment, "attainment");
    Objects.requireNonNull(status, "status");
    if (!Double.isFinite(predicted)) {
      throw new IllegalArgumentException(month + ": prediction must be a finite number");
    }
  }

  public boolean isEarlyWarning() {
    return status == Status.RED;
  }
}

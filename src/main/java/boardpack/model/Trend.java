package boardpack.model;

import java.util.Objects;
import java.util.Optional;

/**
 * calculations.md, KPI trend. {@code direction} is empty when there is not enough data; the reason
 * is then {@code growth}'s absent reason.
 *
 * @param slope least-squares slope of actual per month over the trend points
 * @param growth slope over scale, signed so that positive is good
 * @param change change from the previous reported month
 * @param changePercent that change over the previous month's actual's absolute value
 * @param movingAverage mean of the last three reported actuals up to the period
 */
public record Trend(
    Optional<TrendDirection> direction,
    Figure slope,
    Figure growth,
    Figure change,
    Figure changePercent,
    Figure movingAverage) {

  public Trend {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(slope, "slope");
    Objects.requireNonNull(growth, "growth");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(changePercent, "changePercent");
    Objects.requireNonNull(movingAverage, "movingAverage");
  }

  public boolean isWorsening() {
    return direction.orElse(null) == TrendDirection.WORSENING;
  }
}

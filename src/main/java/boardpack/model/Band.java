package boardpack.model;

import java.util.Objects;

/** An inclusive band [lower, upper]: a within-range KPI's target or a threshold key result's. */
public record Band(Value lower, Value upper) {

  public Band {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    if (lower.number() > upper.number()) {
      throw new IllegalArgumentException(
          lower.source().place() + ": lower bound is above the upper bound");
    }
  }

  public double low() {
    return lower.number();
  }

  public double high() {
    return upper.number();
  }

  public boolean contains(double x) {
    return low() <= x && x <= high();
  }
}

package boardpack.model;

/** Pearson's r between a leading KPI and its lagging KPI shifted by {@code lag} months. */
public record LagFit(int lag, int pairs, Figure r) {

  public LagFit {
    java.util.Objects.requireNonNull(r, "r");
    if (lag < 0 || pairs < 0) {
      throw new IllegalArgumentException("lag and pairs cannot be negative");
    }
  }
}

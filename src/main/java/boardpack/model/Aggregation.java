package boardpack.model;

/** How a KPI's months combine into quarter and year. */
public enum Aggregation {
  SUM,
  AVERAGE,
  LAST;

  /**
   * calculations.md: "A Within range KPI never sums: a Sum given for it is read as Average
   * everywhere". The aggregation the rules use for a KPI of {@code direction} given this one.
   */
  public Aggregation usedFor(Direction direction) {
    return this == SUM && direction == Direction.WITHIN_RANGE ? AVERAGE : this;
  }
}

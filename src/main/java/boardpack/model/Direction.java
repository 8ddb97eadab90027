package boardpack.model;

/** Which way is good for a KPI. */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER,
  WITHIN_RANGE
}

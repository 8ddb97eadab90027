package boardpack.model;

/** How a KPI's months combine into quarter and year. */
public enum Aggregation {
  SUM,
  AVERAGE,
  LAST
}

package boardpack.model;

/** How a key result's progress is measured. */
public enum Metric {
  INCREASE,
  DECREASE,
  THRESHOLD,
  MILESTONE,
  BASELINE
}

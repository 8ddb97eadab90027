package boardpack.model;

/** Outcome key results are quantifiable; effort key results are initiatives. */
public enum KeyResultType {
  OUTCOME,
  EFFORT
}

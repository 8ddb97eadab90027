package boardpack.model;

/** An error stops the run; a warning is reported and the run goes on. */
public enum Severity {
  ERROR,
  WARNING
}

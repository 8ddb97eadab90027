package boardpack.model;

/** The three kinds of measure a plan holds, each with its own sheet and scorecard file. */
public enum MeasureKind {
  KPI("KPI"),
  KEY_RESULT("key result"),
  OBJECTIVE("objective");

  private final String word;

  MeasureKind(String word) {
    this.word = word;
  }

  /**
   * The kind in words, lower case but for KPI: {@code KPI}, {@code key result}, {@code objective}.
   */
  public String word() {
    return word;
  }
}

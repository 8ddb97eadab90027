package boardpack.model;

/** Which way is good for a KPI. */
public enum Direction {
  HIGHER_IS_BETTER("Higher is better"),
  LOWER_IS_BETTER("Lower is better"),
  WITHIN_RANGE("Within range");

  private final String word;

  Direction(String word) {
    this.word = word;
  }

  /** The plan's own words for it, as the outputs print it: {@code Higher is better}. */
  public String word() {
    return word;
  }
}

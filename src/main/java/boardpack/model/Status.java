package boardpack.model;

/**
 * A traffic-light status. {@code ACHIEVED} is a key result (or objective) at 100%: written {@code
 * green} where statuses are words, shown as Achieved in the pack.
 */
public enum Status {
  ACHIEVED("green"),
  GREEN("green"),
  AMBER("amber"),
  RED("red"),
  NONE("none");

  private final String word;

  Status(String word) {
    this.word = word;
  }

  /** The word of outputs.md: green, amber, red or none. */
  public String word() {
    return word;
  }
}

package boardpack.model;

import java.util.Locale;
import java.util.Objects;

/**
 * An identifier of a KPI, key result or objective, kept as the user spelled it. IDs match ignoring
 * case (workbook.md: "matched ignoring case"), so equality and hashing use the folded form.
 *
 * <p>A final class rather than a record so the folded key is computed once: IDs are map keys
 * everywhere, and folding on every lookup was most of a large plan's allocation (benchmark, L).
 */
public final class Id implements Comparable<Id> {

  private final String text;
  private final String key;

  public Id(String text) {
    Objects.requireNonNull(text, "text");
    this.text = text.strip();
    if (this.text.isEmpty()) {
      throw new IllegalArgumentException("an ID cannot be blank");
    }
    this.key = this.text.toLowerCase(Locale.ROOT);
  }

  public static Id of(String text) {
    return new Id(text);
  }

  /** The ID as the user spelled it, trimmed. */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Id id && key.equals(id.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public int compareTo(Id other) {
    return key.compareTo(other.key);
  }

  @Override
  public String toString() {
    return text;
  }
}

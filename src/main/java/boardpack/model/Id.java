package boardpack.model;

import java.util.Locale;
import java.util.Objects;

/**
 * An identifier of a KPI, key result or objective, kept as the user spelled it. IDs match ignoring
 * case (workbook.md: "matched ignoring case"), so equality and hashing use the folded form.
 */
public record Id(String text) implements Comparable<Id> {

  public Id {
    Objects.requireNonNull(text, "text");
    text = text.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("an ID cannot be blank");
    }
  }

  public static Id of(String text) {
    return new Id(text);
  }

  private String key() {
    return text.toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Id id && key().equals(id.key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }

  @Override
  public int compareTo(Id other) {
    return key().compareTo(other.key());
  }

  @Override
  public String toString() {
    return text;
  }
}

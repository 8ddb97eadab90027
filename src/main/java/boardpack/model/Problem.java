package boardpack.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Something wrong with the plan, or a default worth knowing, named by its place: {@code KPIs!D7:
 * target "abc" is not a number; expected a number such as 1234.5 or 12%}.
 */
public record Problem(Severity severity, Source where, String message)
    implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::where).thenComparing(Problem::message);

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(message, "message");
  }

  public static Problem error(Source where, String message) {
    return new Problem(Severity.ERROR, where, message);
  }

  public static Problem warning(Source where, String message) {
    return new Problem(Severity.WARNING, where, message);
  }

  /** A default applied where the author may have meant otherwise; never changes the exit code. */
  public static Problem note(Source where, String message) {
    return new Problem(Severity.NOTE, where, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  public boolean isWarning() {
    return severity == Severity.WARNING;
  }

  public boolean isNote() {
    return severity == Severity.NOTE;
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return where.place() + ": " + message;
  }
}

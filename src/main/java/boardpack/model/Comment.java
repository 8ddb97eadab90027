package boardpack.model;

import java.time.YearMonth;
import java.util.Objects;

/** A row of the Commentary sheet: finance's explanation beside a measure for a month. */
public record Comment(Id id, YearMonth period, String text, String author, Source source) {

  public Comment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(source, "source");
  }
}

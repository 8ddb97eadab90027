package boardpack.model;

import java.util.Objects;

/**
 * One KPI, key result or objective as an earlier pack's scorecard file showed it.
 *
 * @param name the KPI's name or the statement, as the file spelled it
 * @param status the status it showed (a written {@code green} reads back as {@link Status#GREEN})
 */
public record RecordedMeasure(MeasureKind kind, Id id, String name, Status status) {

  public RecordedMeasure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
  }
}

package boardpack.model;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of the Objectives sheet.
 *
 * @param parent the objective this one aligns to (the cascade)
 * @param kpi the KPI this objective is meant to improve
 * @param source the objective's ID cell
 */
public record Objective(
    Id id,
    String statement,
    String owner,
    String team,
    Optional<Id> parent,
    YearMonth start,
    YearMonth end,
    Optional<Id> kpi,
    Source source) {

  public Objective {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(source, "source");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(id + ": end is before start");
    }
  }

  /** Active in a month: Start <= month <= End. */
  public boolean isActiveIn(YearMonth month) {
    return !month.isBefore(start) && !month.isAfter(end);
  }
}

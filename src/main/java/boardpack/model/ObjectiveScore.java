package boardpack.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One objective's row of the scorecard.
 *
 * @param score weighted mean of its key results' progress (and its children's scores)
 * @param expected the same weighted mean of expected progress
 * @param kpiStatus for an active objective that names a KPI, that KPI's month status
 */
public record ObjectiveScore(
    Objective objective, Figure score, Figure expected, Status status, Optional<Status> kpiStatus) {

  public ObjectiveScore {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(kpiStatus, "kpiStatus");
  }

  public Id id() {
    return objective.id();
  }
}

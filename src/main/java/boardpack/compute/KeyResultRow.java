package boardpack.compute;

import boardpack.model.Comment;
import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.KeyResultScore;
import boardpack.model.KpiScore;
import boardpack.model.Objective;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One key result joined to its objective, the KPI that tracks it and its commentary.
 *
 * @param objective its objective, empty when the plan has none of that ID
 * @param kpi the score of the KPI that tracks it
 * @param commentary the Commentary rows for this key result and the reporting period
 */
public record KeyResultRow(
    KeyResultScore score,
    Optional<Objective> objective,
    Optional<KpiScore> kpi,
    List<Comment> commentary) {

  public KeyResultRow {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(kpi, "kpi");
    commentary = List.copyOf(commentary);
  }

  public Id id() {
    return score.id();
  }

  public KeyResult keyResult() {
    return score.keyResult();
  }

  /** The objective's ID as the objective's own row spells it. */
  public Id objectiveId() {
    return objective.map(Objective::id).orElse(score.keyResult().objective());
  }
}

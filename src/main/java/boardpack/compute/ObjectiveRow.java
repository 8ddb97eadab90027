package boardpack.compute;

import boardpack.model.Comment;
import boardpack.model.Id;
import boardpack.model.KpiScore;
import boardpack.model.Objective;
import boardpack.model.ObjectiveScore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One objective in cascade order: depth 0 for a top-level objective (or the top of a scope), its
 * children one deeper, right after it.
 *
 * @param parent the ID of the objective it aligns to, spelled as that objective's own row spells it
 *     (the Parent cell as written when no objective has that ID: a top-level objective)
 * @param keyResults its key results, in plan order
 * @param children the IDs of its child objectives in the view, in plan order
 * @param kpi the score of the KPI its KPI column names
 * @param commentary the Commentary rows for this objective and the reporting period
 */
public record ObjectiveRow(
    ObjectiveScore score,
    int depth,
    Optional<Id> parent,
    List<KeyResultRow> keyResults,
    List<Id> children,
    Optional<KpiScore> kpi,
    List<Comment> commentary) {

  public ObjectiveRow {
    Objects.requireNonNull(score, "score");
    if (depth < 0) {
      throw new IllegalArgumentException("depth cannot be negative");
    }
    Objects.requireNonNull(parent, "parent");
    keyResults = List.copyOf(keyResults);
    children = List.copyOf(children);
    Objects.requireNonNull(kpi, "kpi");
    commentary = List.copyOf(commentary);
  }

  public Id id() {
    return score.id();
  }

  public Objective objective() {
    return score.objective();
  }
}

package boardpack.compute;

import boardpack.model.ObjectiveScore;
import java.util.List;
import java.util.Objects;

/**
 * How we are doing in one line: KPIs by month status, key results and objectives by status, and the
 * scores of the top objectives (depth 0 of the view's cascade).
 */
public record Headline(
    StatusCounts kpis,
    StatusCounts keyResults,
    StatusCounts objectives,
    List<ObjectiveScore> topObjectives) {

  public Headline {
    Objects.requireNonNull(kpis, "kpis");
    Objects.requireNonNull(keyResults, "keyResults");
    Objects.requireNonNull(objectives, "objectives");
    topObjectives = List.copyOf(topObjectives);
  }
}

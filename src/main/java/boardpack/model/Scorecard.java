package boardpack.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Everything computed for one plan and one reporting month; writers only lay it out.
 *
 * @param warnings data-quality warnings raised by the calculations (the reader's are in its own
 *     result)
 */
public record Scorecard(
    Plan plan,
    YearMonth period,
    List<KpiScore> kpis,
    List<LeadLagPair> pairs,
    List<KeyResultScore> keyResults,
    List<ObjectiveScore> objectives,
    List<Problem> warnings) {

  public Scorecard {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(period, "period");
    kpis = List.copyOf(kpis);
    pairs = List.copyOf(pairs);
    keyResults = List.copyOf(keyResults);
    objectives = List.copyOf(objectives);
    warnings = List.copyOf(warnings);
  }
}

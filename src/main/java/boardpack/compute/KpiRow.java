package boardpack.compute;

import boardpack.model.Comment;
import boardpack.model.Id;
import boardpack.model.Kpi;
import boardpack.model.KpiScore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One KPI joined to everything a row of the scorecard or the pack shows.
 *
 * @param score the engine's figures, passed through
 * @param month, quarterToDate, yearToDate the variance of each measure (B/(W), see {@link
 *     Variance})
 * @param forecast the year-end forecast against the annual target (or band)
 * @param leads the ID of the KPI this one leads, spelled as that KPI's own row spells it: the
 *     computed pair's lagging KPI, else the Leads cell (a pair that was not computed)
 * @param leadsPair the computed pair in which this KPI leads
 * @param ledBy the computed pairs in which this KPI is led, in the engine's order
 * @param trackedBy active objectives that name this KPI and key results of active objectives that
 *     track it, in plan order
 * @param commentary the Commentary rows for this KPI and the reporting period, in plan order
 * @param board marked {@code Board: Yes} in the plan
 * @param mattersMost why it is among the KPIs that matter most; empty when it is not
 */
public record KpiRow(
    KpiScore score,
    Variance month,
    Variance quarterToDate,
    Variance yearToDate,
    Variance forecast,
    Optional<Id> leads,
    Optional<PairRow> leadsPair,
    List<PairRow> ledBy,
    List<Id> trackedBy,
    List<Comment> commentary,
    boolean board,
    Set<MattersMost> mattersMost) {

  public KpiRow {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(quarterToDate, "quarterToDate");
    Objects.requireNonNull(yearToDate, "yearToDate");
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(leads, "leads");
    Objects.requireNonNull(leadsPair, "leadsPair");
    ledBy = List.copyOf(ledBy);
    trackedBy = List.copyOf(trackedBy);
    commentary = List.copyOf(commentary);
    mattersMost = Set.copyOf(mattersMost);
  }

  public Id id() {
    return score.id();
  }

  public Kpi kpi() {
    return score.kpi();
  }

  public boolean isMattersMost() {
    return !mattersMost.isEmpty();
  }
}

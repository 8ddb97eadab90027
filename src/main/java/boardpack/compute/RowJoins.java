package boardpack.compute;

import boardpack.model.Comment;
import boardpack.model.Id;
import boardpack.model.KpiScore;
import boardpack.model.LeadLagPair;
import boardpack.model.Objective;
import boardpack.model.Plan;
import boardpack.model.Scorecard;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The view's rows, each joined to what it shows through maps built once, so a view is linear in the
 * plan's size. Rows keep the engine's (plan) order and only the scope's measures.
 */
final class RowJoins {

  private final Scorecard scorecard;
  private final Plan plan;
  private final YearMonth period;
  private final ScopeSelection selection;
  private final Map<Id, KpiScore> scores = new LinkedHashMap<>();
  private final Map<Id, Objective> objectives;
  private final Map<Id, List<Comment>> comments = new LinkedHashMap<>();
  private final Map<Id, List<Id>> trackedBy;

  RowJoins(Scorecard scorecard, ScopeSelection selection) {
    this.scorecard = scorecard;
    this.plan = scorecard.plan();
    this.period = scorecard.period();
    this.selection = selection;
    scorecard.kpis().forEach(s -> scores.putIfAbsent(s.id(), s));
    this.objectives = plan.objectivesById();
    for (Comment c : commentary()) {
      comments.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c);
    }
    this.trackedBy = OkrCycle.trackingByActiveOkrs(plan, period);
  }

  /** The Commentary rows for the period about a measure in the scope, in plan order. */
  List<Comment> commentary() {
    return plan.commentary().stream()
        .filter(c -> c.period().equals(period) && selection.includes(c.id()))
        .toList();
  }

  /** Every computed pair joined to both KPIs, whatever the scope. */
  List<PairRow> pairs() {
    List<PairRow> rows = new ArrayList<>();
    for (LeadLagPair pair : scorecard.pairs()) {
      KpiScore leading = scores.get(pair.leading());
      KpiScore lagging = scores.get(pair.lagging());
      if (leading != null && lagging != null) {
        rows.add(new PairRow(pair, leading, lagging));
      }
    }
    return rows;
  }

  List<KpiRow> kpis(List<PairRow> pairs) {
    Map<Id, PairRow> leadsPair = new LinkedHashMap<>();
    Map<Id, List<PairRow>> ledBy = new LinkedHashMap<>();
    for (PairRow pair : pairs) {
      leadsPair.putIfAbsent(pair.leading().id(), pair);
      ledBy.computeIfAbsent(pair.lagging().id(), k -> new ArrayList<>()).add(pair);
    }
    return scores.values().stream()
        .filter(s -> selection.kpis().contains(s.id()))
        .map(s -> kpiRow(s, Optional.ofNullable(leadsPair.get(s.id())), ledBy))
        .toList();
  }

  private KpiRow kpiRow(KpiScore s, Optional<PairRow> pair, Map<Id, List<PairRow>> ledBy) {
    // The ID as the led KPI's own row spells it; a Leads with no computed pair still shows.
    Optional<Id> leads =
        pair.map(p -> p.lagging().id())
            .or(() -> s.kpi().leads().map(id -> scores.containsKey(id) ? scores.get(id).id() : id));
    return new KpiRow(
        s,
        Variances.month(s),
        Variances.of(s.kpi(), s.quarterToDate()),
        Variances.of(s.kpi(), s.yearToDate()),
        Variances.forecast(s),
        leads,
        pair,
        ledBy.getOrDefault(s.id(), List.of()),
        trackedBy.getOrDefault(s.id(), List.of()),
        comments.getOrDefault(s.id(), List.of()),
        KpiRanking.isBoard(s.kpi()),
        KpiRanking.reasons(s, trackedBy.containsKey(s.id())));
  }

  List<KeyResultRow> keyResults() {
    return scorecard.keyResults().stream()
        .filter(s -> selection.keyResults().contains(s.id()))
        .map(
            s ->
                new KeyResultRow(
                    s,
                    Optional.ofNullable(objectives.get(s.keyResult().objective())),
                    s.keyResult().kpi().map(scores::get),
                    comments.getOrDefault(s.id(), List.of())))
        .toList();
  }

  /** The scope's objectives in cascade order, each with its key results from {@code keyResults}. */
  List<ObjectiveRow> objectives(List<KeyResultRow> keyResults) {
    Map<Id, List<KeyResultRow>> byObjective = new LinkedHashMap<>();
    keyResults.forEach(
        kr ->
            byObjective
                .computeIfAbsent(kr.keyResult().objective(), k -> new ArrayList<>())
                .add(kr));
    var inScope =
        scorecard.objectives().stream()
            .filter(s -> selection.objectives().contains(s.id()))
            .toList();
    return ObjectiveCascade.order(inScope).stream()
        .map(
            placed ->
                new ObjectiveRow(
                    placed.score(),
                    placed.depth(),
                    parentOf(placed.score().objective()),
                    byObjective.getOrDefault(placed.score().id(), List.of()),
                    placed.children(),
                    placed.score().objective().kpi().map(scores::get),
                    comments.getOrDefault(placed.score().id(), List.of())))
        .toList();
  }

  // The Parent as its objective's own row spells it (IDs match ignoring case).
  private Optional<Id> parentOf(Objective objective) {
    return objective.parent().map(p -> objectives.containsKey(p) ? objectives.get(p).id() : p);
  }
}

package boardpack.compute;

import boardpack.model.Comment;
import boardpack.model.FiscalCalendar;
import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.KpiScore;
import boardpack.model.LeadLagPair;
import boardpack.model.Objective;
import boardpack.model.Plan;
import boardpack.model.Problem;
import boardpack.model.Scorecard;
import boardpack.model.Settings;
import boardpack.model.Status;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds a {@link PackView}: joins once through maps, so it is linear in the plan's size. */
final class ViewBuilder {

  private ViewBuilder() {}

  static PackView build(Scorecard scorecard, List<Problem> readerProblems, Scope scope) {
    return new ViewBuilder.Context(scorecard, scope).view(readerProblems);
  }

  /** Lookups built once per view. */
  private static final class Context {
    final Scorecard scorecard;
    final Plan plan;
    final YearMonth period;
    final Scope scope;
    final ScopeSelection selection;
    final Map<Id, KpiScore> scores = new LinkedHashMap<>();
    final Map<Id, Objective> objectives;
    final Map<Id, List<Comment>> comments = new LinkedHashMap<>();
    final Map<Id, List<Id>> trackedBy = new LinkedHashMap<>();
    final Set<Id> workedOn;

    Context(Scorecard scorecard, Scope scope) {
      this.scorecard = scorecard;
      this.plan = scorecard.plan();
      this.period = scorecard.period();
      this.scope = scope;
      this.selection = ScopeSelection.of(plan, scope);
      scorecard.kpis().forEach(s -> scores.putIfAbsent(s.id(), s));
      this.objectives = plan.objectivesById();
      for (Comment c : plan.commentary()) {
        if (c.period().equals(period)) {
          comments.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c);
        }
      }
      this.workedOn = OkrCycle.workedOnByActiveOkrs(plan, period);
      indexTracking();
    }

    // Active objectives that name a KPI, and key results of active objectives that track one.
    private void indexTracking() {
      for (Objective o : plan.objectives()) {
        if (o.isActiveIn(period)) {
          o.kpi().ifPresent(k -> trackedBy.computeIfAbsent(k, x -> new ArrayList<>()).add(o.id()));
        }
      }
      for (KeyResult kr : plan.keyResults()) {
        Objective o = objectives.get(kr.objective());
        if (o != null && o.isActiveIn(period) && kr.kpi().isPresent()) {
          trackedBy.computeIfAbsent(kr.kpi().get(), x -> new ArrayList<>()).add(kr.id());
        }
      }
    }

    PackView view(List<Problem> readerProblems) {
      List<PairRow> allPairs = pairRows();
      List<KpiRow> kpis = kpiRows(allPairs);
      List<KeyResultRow> keyResults = keyResultRows();
      List<ObjectiveRow> objectiveRows = objectiveRows(keyResults);
      List<PairRow> pairs =
          allPairs.stream()
              .filter(p -> selection.kpis().contains(p.leading().id())
                  || selection.kpis().contains(p.lagging().id()))
              .toList();
      List<KpiRow> mattersMost = KpiRanking.mattersMost(kpis);
      List<KpiRow> dashboard = KpiRanking.dashboard(kpis, mattersMost);
      return new PackView(
          scorecard,
          readerProblems,
          header(),
          headline(kpis, keyResults, objectiveRows),
          kpis,
          KpiRanking.groups(kpis),
          mattersMost,
          dashboard,
          KpiRanking.movers(kpis),
          objectiveRows,
          keyResults,
          pairs,
          plan.commentary().stream()
              .filter(c -> c.period().equals(period) && selection.includes(c.id()))
              .toList(),
          Attentions.of(kpis, objectiveRows, keyResults, pairs),
          dashboard.stream().map(row -> Observations.of(row, period)).toList(),
          problems(readerProblems));
    }

    private PackHeader header() {
      Settings settings = plan.settings();
      FiscalCalendar calendar = new FiscalCalendar(settings.fiscalYearStart());
      return new PackHeader(
          settings.organisation(),
          period,
          calendar.yearStartOf(period),
          calendar.yearEndOf(period),
          settings.currency(),
          settings.confidentiality(),
          settings.pageSize(),
          plan.file(),
          scope);
    }

    private Headline headline(
        List<KpiRow> kpis, List<KeyResultRow> keyResults, List<ObjectiveRow> objectiveRows) {
      return new Headline(
          StatusCounts.of(kpis.stream().map(r -> r.score().month().status()).toList()),
          StatusCounts.of(keyResults.stream().map(r -> r.score().status()).toList()),
          StatusCounts.of(objectiveRows.stream().map(r -> r.score().status()).toList()),
          objectiveRows.stream().filter(r -> r.depth() == 0).map(ObjectiveRow::score).toList());
    }

    private List<PairRow> pairRows() {
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

    private List<KpiRow> kpiRows(List<PairRow> pairs) {
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
          KpiRanking.reasons(s, workedOn.contains(s.id())));
    }

    private List<KeyResultRow> keyResultRows() {
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

    private List<ObjectiveRow> objectiveRows(List<KeyResultRow> keyResults) {
      Map<Id, List<KeyResultRow>> byObjective = new LinkedHashMap<>();
      keyResults.forEach(
          kr -> byObjective.computeIfAbsent(kr.keyResult().objective(), k -> new ArrayList<>()).add(kr));
      var inScope =
          scorecard.objectives().stream().filter(s -> selection.objectives().contains(s.id())).toList();
      return ObjectiveCascade.order(inScope).stream()
          .map(
              placed ->
                  new ObjectiveRow(
                      placed.score(),
                      placed.depth(),
                      byObjective.getOrDefault(placed.score().id(), List.of()),
                      placed.children(),
                      placed.score().objective().kpi().map(scores::get),
                      comments.getOrDefault(placed.score().id(), List.of())))
          .toList();
    }

    // By severity in the enum's order, then by cell.
    private List<Problem> problems(List<Problem> readerProblems) {
      List<Problem> all = new ArrayList<>(readerProblems);
      all.addAll(scorecard.warnings());
      all.sort(Comparator.comparing(Problem::severity).thenComparing(Comparator.naturalOrder()));
      return all;
    }
  }
}

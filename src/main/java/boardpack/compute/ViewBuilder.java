package boardpack.compute;

import boardpack.model.FiscalCalendar;
import boardpack.model.PreviousPack;
import boardpack.model.Problem;
import boardpack.model.Scorecard;
import boardpack.model.Settings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Builds a {@link PackView} for a scope from the engine's scorecard. */
final class ViewBuilder {

  private ViewBuilder() {}

  static PackView build(
      Scorecard scorecard,
      List<Problem> readerProblems,
      Scope scope,
      Optional<PreviousPack> previous) {
    ScopeSelection selection = ScopeSelection.of(scorecard.plan(), scope);
    RowJoins joins = new RowJoins(scorecard, selection);
    List<PairRow> allPairs = joins.pairs();
    List<KpiRow> kpis = joins.kpis(allPairs);
    List<KeyResultRow> keyResults = joins.keyResults();
    List<ObjectiveRow> objectives = joins.objectives(keyResults);
    List<PairRow> pairs = inScope(allPairs, selection);
    List<KpiRow> mattersMost = KpiRanking.mattersMost(kpis);
    List<KpiRow> dashboard = KpiRanking.dashboard(kpis, mattersMost);
    return new PackView(
        scorecard,
        readerProblems,
        header(scorecard, scope),
        headline(kpis, keyResults, objectives),
        kpis,
        KpiRanking.groups(kpis),
        mattersMost,
        dashboard,
        KpiRanking.movers(kpis),
        objectives,
        keyResults,
        pairs,
        joins.commentary(),
        Attentions.of(kpis, objectives, keyResults, pairs),
        dashboard.stream().map(row -> Observations.of(row, scorecard.period())).toList(),
        problems(readerProblems, scorecard),
        previous,
        previous
            .map(p -> ChangesComparison.of(p, scorecard, scope, kpis, keyResults, objectives))
            .orElse(Changes.NO_EARLIER_RECORD));
  }

  /** A pair is shown when either of its KPIs is in the scope. */
  private static List<PairRow> inScope(List<PairRow> pairs, ScopeSelection selection) {
    return pairs.stream()
        .filter(
            p ->
                selection.kpis().contains(p.leading().id())
                    || selection.kpis().contains(p.lagging().id()))
        .toList();
  }

  private static PackHeader header(Scorecard scorecard, Scope scope) {
    Settings settings = scorecard.plan().settings();
    FiscalCalendar calendar = new FiscalCalendar(settings.fiscalYearStart());
    return new PackHeader(
        settings.organisation(),
        scorecard.period(),
        calendar.yearStartOf(scorecard.period()),
        calendar.yearEndOf(scorecard.period()),
        settings.currency(),
        settings.confidentiality(),
        settings.pageSize(),
        scorecard.plan().file(),
        scope);
  }

  private static Headline headline(
      List<KpiRow> kpis, List<KeyResultRow> keyResults, List<ObjectiveRow> objectives) {
    return new Headline(
        StatusCounts.of(kpis.stream().map(r -> r.score().month().status()).toList()),
        StatusCounts.of(keyResults.stream().map(r -> r.score().status()).toList()),
        StatusCounts.of(objectives.stream().map(r -> r.score().status()).toList()),
        objectives.stream().filter(r -> r.depth() == 0).map(ObjectiveRow::score).toList());
  }

  // By severity in the enum's order, then by cell.
  private static List<Problem> problems(List<Problem> readerProblems, Scorecard scorecard) {
    List<Problem> all = new ArrayList<>(readerProblems);
    all.addAll(scorecard.warnings());
    all.sort(Comparator.comparing(Problem::severity).thenComparing(Comparator.naturalOrder()));
    return all;
  }
}

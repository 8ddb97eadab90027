package boardpack.compute;

import boardpack.model.Comment;
import boardpack.model.Id;
import boardpack.model.PreviousPack;
import boardpack.model.Problem;
import boardpack.model.RecordedActual;
import boardpack.model.Scorecard;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the CSVs, the scorecard workbook and the board pack lay out, computed once from the engine's
 * scorecard: every selection, join, order and rule a writer would otherwise repeat. Writers print
 * these components as they are; they never select, join, sort or compute.
 *
 * @param scorecard the engine's result the view was made from (for {@link #forScope})
 * @param readerProblems the reader's notes and warnings given to {@link #of}
 * @param header organisation, period, fiscal year, currency, confidentiality, page size, scope
 * @param headline status counts and the top objectives' scores
 * @param kpis every KPI of the scope in plan order (the CSV's order)
 * @param kpiGroups the same KPIs grouped by owner for display (see {@link KpiGroup})
 * @param mattersMost red, tracked by an active OKR, leading or Board; exceptions first
 * @param dashboard the Board KPIs, else those that matter most; at most 10
 * @param movers the largest moves since the previous reported month, largest first
 * @param objectives objectives in cascade order, each with its key results
 * @param keyResults every key result of the scope in plan order (the CSV's order)
 * @param pairs lead/lag pairs with a KPI in the scope, joined to both KPIs, in the engine's order
 * @param commentary the Commentary rows for the period about a measure in the scope, plan order
 * @param attention red KPIs, key results behind, early warnings, needs an OKR, carry forward
 * @param observations one per dashboard KPI, in dashboard order
 * @param problems the reader's and the calculations' notes and warnings, by severity then cell
 * @param previous the latest earlier pack's record given to {@link #of(Scorecard, List, Optional)},
 *     for {@link #forScope}
 * @param changes what changed since that pack (for this scope)
 */
public record PackView(
    Scorecard scorecard,
    List<Problem> readerProblems,
    PackHeader header,
    Headline headline,
    List<KpiRow> kpis,
    List<KpiGroup> kpiGroups,
    List<KpiRow> mattersMost,
    List<KpiRow> dashboard,
    List<Mover> movers,
    List<ObjectiveRow> objectives,
    List<KeyResultRow> keyResults,
    List<PairRow> pairs,
    List<Comment> commentary,
    Attention attention,
    List<Observation> observations,
    List<Problem> problems,
    Optional<PreviousPack> previous,
    Changes changes) {

  public PackView {
    Objects.requireNonNull(scorecard, "scorecard");
    readerProblems = List.copyOf(readerProblems);
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(headline, "headline");
    kpis = List.copyOf(kpis);
    kpiGroups = List.copyOf(kpiGroups);
    mattersMost = List.copyOf(mattersMost);
    dashboard = List.copyOf(dashboard);
    movers = List.copyOf(movers);
    objectives = List.copyOf(objectives);
    keyResults = List.copyOf(keyResults);
    pairs = List.copyOf(pairs);
    commentary = List.copyOf(commentary);
    Objects.requireNonNull(attention, "attention");
    observations = List.copyOf(observations);
    problems = List.copyOf(problems);
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(changes, "changes");
  }

  /** The whole plan's view: scope All. */
  public static PackView of(Scorecard scorecard, List<Problem> readerProblems) {
    return of(scorecard, readerProblems, Optional.empty());
  }

  /** The whole plan's view, compared with the latest earlier pack's record when there is one. */
  public static PackView of(
      Scorecard scorecard, List<Problem> readerProblems, Optional<PreviousPack> previous) {
    return ViewBuilder.build(scorecard, readerProblems, Scope.all(), previous);
  }

  /** The same scorecard seen by a team or an owner (or All again). */
  public PackView forScope(Scope scope) {
    return ViewBuilder.build(scorecard, readerProblems, scope, previous);
  }

  /**
   * Every actual the pack was built from, for the run's record: KPIs, then key results, in plan
   * order, months ascending; always the whole plan's.
   */
  public List<RecordedActual> actualsRecord() {
    return ActualsRecord.of(scorecard.plan());
  }

  /** A Distribution Scope cell ({@code All}, a team or an owner) read against this plan. */
  public Scope scopeNamed(String text) {
    return Scope.named(text, scorecard.plan());
  }

  public Scope scope() {
    return header.scope();
  }

  public Optional<KpiRow> kpi(Id id) {
    return kpis.stream().filter(row -> row.id().equals(id)).findFirst();
  }

  /** Whether the scope has any objective: a pack without leaves out its objectives section. */
  public boolean hasObjectives() {
    return !objectives.isEmpty();
  }

  /** The objectives in plan order (the CSV's order). */
  public List<ObjectiveRow> objectivesInPlanOrder() {
    Map<Id, Integer> planOrder = new HashMap<>();
    scorecard.objectives().forEach(s -> planOrder.putIfAbsent(s.id(), planOrder.size()));
    return objectives.stream()
        .sorted(Comparator.comparingInt(row -> planOrder.getOrDefault(row.id(), 0)))
        .toList();
  }

  /**
   * The distinct scopes of the plan's Distribution sheet, in the order they first appear: build
   * each one's pack once.
   */
  public List<Scope> distributionScopes() {
    return scorecard.plan().distribution().stream()
        .map(recipient -> scopeNamed(recipient.scope()))
        .distinct()
        .toList();
  }

  /** Settings' amber tolerance: the status rule's bands are 1 - tolerance and 1 in attainment. */
  public double amberTolerance() {
    return scorecard.plan().settings().amberTolerance();
  }

  /**
   * What a measure is called, for commentary and notes: a KPI's name, a key result's or an
   * objective's statement; the ID itself when the plan has no measure of that ID.
   */
  public String measureName(Id id) {
    var plan = scorecard.plan();
    return plan.kpis().stream()
        .filter(k -> k.id().equals(id))
        .map(k -> k.name())
        .findFirst()
        .or(
            () ->
                plan.keyResults().stream()
                    .filter(k -> k.id().equals(id))
                    .map(k -> k.statement())
                    .findFirst())
        .or(
            () ->
                plan.objectives().stream()
                    .filter(o -> o.id().equals(id))
                    .map(o -> o.statement())
                    .findFirst())
        .orElse(id.text());
  }

  /** The data-quality warnings among {@link #problems}, each with its cell. */
  public List<Problem> warnings() {
    return problems.stream().filter(Problem::isWarning).toList();
  }

  /**
   * The notes among {@link #problems}: defaults that decided a figure where the author may have
   * meant otherwise.
   */
  public List<Problem> notes() {
    return problems.stream().filter(Problem::isNote).toList();
  }

  /** Any KPI row's figures said in words, as {@link #observations} says them for the dashboard. */
  public Observation observationOf(KpiRow row) {
    return Observations.of(row, header.period());
  }
}

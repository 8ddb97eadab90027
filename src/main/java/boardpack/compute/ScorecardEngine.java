package boardpack.compute;

import boardpack.model.Id;
import boardpack.model.KeyResultScore;
import boardpack.model.Kpi;
import boardpack.model.KpiScore;
import boardpack.model.LeadLagPair;
import boardpack.model.ObjectiveScore;
import boardpack.model.Plan;
import boardpack.model.Problem;
import boardpack.model.Scorecard;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The whole calculation: (Plan, YearMonth) -> Scorecard, a pure function. */
public final class ScorecardEngine {

  private ScorecardEngine() {}

  public static Scorecard compute(Plan plan, YearMonth period) {
    return compute(plan, period, kpi -> KpiScoring.score(kpi, plan, period));
  }

  /**
   * The same with the per-KPI rules given as a function, so tests can hand in KPI scores. Every
   * lookup goes through maps built once, so the run is linear in the plan's size.
   */
  static Scorecard compute(Plan plan, YearMonth period, Function<Kpi, KpiScore> scoring) {
    Map<Id, KpiScore> scores = new LinkedHashMap<>();
    plan.kpis().forEach(kpi -> scores.putIfAbsent(kpi.id(), scoring.apply(kpi)));
    Map<Id, Kpi> kpis = new LinkedHashMap<>();
    scores.forEach((id, score) -> kpis.put(id, score.kpi()));
    LeadLag.Analysis leadLag = LeadLag.analyse(plan, scores, period);
    List<KeyResultScore> keyResults = KeyResultScoring.scoreAll(plan, kpis, period);
    List<ObjectiveScore> objectives =
        ObjectiveScoring.scoreAll(plan.objectives(), keyResults, scores, period);
    keyResults = OkrCycle.withCarryForward(keyResults, objectives, plan, period);
    List<KpiScore> flagged = withFlags(scores, leadLag.pairs(), plan, period);
    List<Problem> warnings = leadLag.warnings().stream().sorted().toList();
    return new Scorecard(plan, period, flagged, leadLag.pairs(), keyResults, objectives, warnings);
  }

  /** Needs an OKR, at risk ahead and early warning on each KPI score, in plan order. */
  static List<KpiScore> withFlags(
      Map<Id, KpiScore> scores, List<LeadLagPair> pairs, Plan plan, YearMonth period) {
    Set<Id> workedOn = OkrCycle.workedOnByActiveOkrs(plan, period);
    Set<Id> atRiskAhead = new HashSet<>();
    Set<Id> earlyWarning = new HashSet<>();
    for (LeadLagPair pair : pairs) {
      if (pair.atRiskAhead()) {
        atRiskAhead.add(pair.lagging());
      }
      if (pair.predictions().stream().anyMatch(p -> p.isEarlyWarning())) {
        earlyWarning.add(pair.lagging());
      }
    }
    return scores.values().stream()
        .map(
            s ->
                s.withFlags(
                    OkrCycle.needsOkr(s, plan, workedOn),
                    atRiskAhead.contains(s.id()),
                    earlyWarning.contains(s.id())))
        .toList();
  }
}

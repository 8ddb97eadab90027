package boardpack.compute;

import boardpack.model.CarryForward;
import boardpack.model.Figure;
import boardpack.model.FiscalCalendar;
import boardpack.model.Frequency;
import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.KeyResultScore;
import boardpack.model.KeyResultType;
import boardpack.model.Kpi;
import boardpack.model.KpiScore;
import boardpack.model.MonthValue;
import boardpack.model.Objective;
import boardpack.model.ObjectiveScore;
import boardpack.model.Plan;
import boardpack.model.Status;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** calculations.md, the OKR and KPI cycle: needs an OKR, carry forward as a KPI, KPI status. */
final class OkrCycle {

  static final double CARRY_FORWARD_SCORE = 0.7;

  private OkrCycle() {}

  /** KPIs that an active objective (Start <= P <= End) names, or that a KR of one tracks. */
  static Set<Id> workedOnByActiveOkrs(Plan plan, YearMonth period) {
    return trackingByActiveOkrs(plan, period).keySet();
  }

  /**
   * Each KPI worked on by active OKRs, with what works on it: the active objectives that name it,
   * then the key results of active objectives that track it, in plan order.
   */
  static Map<Id, List<Id>> trackingByActiveOkrs(Plan plan, YearMonth period) {
    Set<Id> active = new HashSet<>();
    Map<Id, List<Id>> tracking = new LinkedHashMap<>();
    for (Objective objective : plan.objectives()) {
      if (objective.isActiveIn(period)) {
        active.add(objective.id());
        objective
            .kpi()
            .ifPresent(
                k -> tracking.computeIfAbsent(k, x -> new ArrayList<>()).add(objective.id()));
      }
    }
    for (KeyResult kr : plan.keyResults()) {
      if (active.contains(kr.objective())) {
        kr.kpi().ifPresent(k -> tracking.computeIfAbsent(k, x -> new ArrayList<>()).add(kr.id()));
      }
    }
    return tracking;
  }

  /**
   * Needs an OKR: red in the month shown and in the latest reported month before it, and no active
   * OKR works on it ({@code workedOn}, from {@link #workedOnByActiveOkrs}).
   */
  static boolean needsOkr(KpiScore score, Plan plan, Set<Id> workedOn) {
    return score.month().status() == Status.RED
        && redBeforeShown(score.kpi(), plan, score.shownMonth())
        && !workedOn.contains(score.id());
  }

  /** The latest reported month before the one shown is red too (none reported: not red). */
  static boolean redBeforeShown(Kpi kpi, Plan plan, YearMonth shown) {
    var before = plan.actualsOf(kpi.id()).values().lowerEntry(shown);
    if (before == null) {
      return false;
    }
    double tolerance = plan.settings().amberTolerance();
    return KpiMonth.measure(KpiSeries.of(kpi, plan), before.getKey(), tolerance).status()
        == Status.RED;
  }

  /** An active objective that names a KPI shows that KPI's month status beside it. */
  static Optional<Status> kpiStatus(Objective objective, Map<Id, KpiScore> kpis, YearMonth period) {
    if (!objective.isActiveIn(period) || objective.kpi().isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(kpis.get(objective.kpi().get())).map(s -> s.month().status());
  }

  /** The KR scores, each Outcome KR that qualifies carrying its proposal as a KPI. */
  static List<KeyResultScore> withCarryForward(
      List<KeyResultScore> keyResults,
      List<ObjectiveScore> objectives,
      Plan plan,
      YearMonth period) {
    Map<Id, ObjectiveScore> byId = new HashMap<>();
    objectives.forEach(o -> byId.putIfAbsent(o.id(), o));
    return keyResults.stream()
        .map(
            kr ->
                isCarriedForward(kr.keyResult(), byId.get(kr.keyResult().objective()), period)
                    ? kr.withCarryForward(proposal(kr.keyResult(), plan, period))
                    : kr)
        .toList();
  }

  /**
   * An Outcome KR that no KPI tracks, of an objective whose End is P or one of the two months
   * before it and whose score is at least 0.7. A KR with no Target (a Threshold, say) is proposed
   * too, as the rule says, with no annual target.
   */
  static boolean isCarriedForward(KeyResult kr, ObjectiveScore objective, YearMonth period) {
    if (objective == null || kr.type() != KeyResultType.OUTCOME || kr.kpi().isPresent()) {
      return false;
    }
    YearMonth end = objective.objective().end();
    boolean recentlyEnded = !end.isAfter(period) && !end.isBefore(period.minusMonths(2));
    return recentlyEnded
        && objective.score().isPresent()
        && objective.score().value() >= CARRY_FORWARD_SCORE;
  }

  /**
   * The KR's Target as the annual target Y; quarterly targets re-phased as in the outlook's Sum
   * rule for a Quarterly KPI: each quarter end of P's fiscal year after P gets (Y - YTD actual) /
   * n, YTD actual the sum of the KR's actuals in that year up to P (0 when none), n those quarter
   * ends. In the fiscal year's last month n = 0: no quarter is left to re-phase.
   */
  static CarryForward proposal(KeyResult kr, Plan plan, YearMonth period) {
    if (kr.target().isEmpty()) {
      return new CarryForward(kr.id(), kr.statement(), Figure.absent(Reasons.NO_TARGET), List.of());
    }
    Figure annual = Figures.read(kr.target().get());
    FiscalCalendar calendar = new FiscalCalendar(plan.settings().fiscalYearStart());
    double ytd = KpiOutlook.ytdActual(plan.actualsOf(kr.id()), calendar, period);
    List<YearMonth> remaining = KpiOutlook.remainingMonths(calendar, Frequency.QUARTERLY, period);
    Figure runRate = KpiOutlook.requiredRunRate(annual, ytd, remaining.size());
    List<MonthValue> quarters = KpiOutlook.rephasedTargets(remaining, runRate);
    return new CarryForward(kr.id(), kr.statement(), annual, quarters);
  }
}

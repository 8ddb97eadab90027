package boardpack.compute;

import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.Kpi;
import boardpack.model.Objective;
import boardpack.model.Plan;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which objectives, key results and KPIs a scope sees (issue 11, packs per audience).
 *
 * <ul>
 *   <li>All: everything.
 *   <li>A team: the objectives of that Team and all their descendants, their key results, and the
 *       KPIs those objectives name or those key results track.
 *   <li>An owner: the objectives they own with all their key results, the key results they own
 *       (with their objective, so the key result has its place in the cascade), the KPIs they own,
 *       and the KPIs their own objectives name or those key results track.
 * </ul>
 */
record ScopeSelection(Set<Id> objectives, Set<Id> keyResults, Set<Id> kpis) {

  static ScopeSelection of(Plan plan, Scope scope) {
    return switch (scope) {
      case Scope.All all -> everything(plan);
      case Scope.Team team -> team(plan, team.name());
      case Scope.Owner owner -> owner(plan, owner.name());
    };
  }

  static boolean sameName(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }

  boolean includes(Id id) {
    return objectives.contains(id) || keyResults.contains(id) || kpis.contains(id);
  }

  private static ScopeSelection everything(Plan plan) {
    Set<Id> objectives = ids(plan.objectives().stream().map(Objective::id));
    Set<Id> keyResults = ids(plan.keyResults().stream().map(KeyResult::id));
    return new ScopeSelection(objectives, keyResults, ids(plan.kpis().stream().map(Kpi::id)));
  }

  private static ScopeSelection team(Plan plan, String team) {
    Set<Id> objectives = withDescendants(plan, o -> sameName(o.team(), team));
    Set<Id> keyResults = new HashSet<>();
    for (KeyResult kr : plan.keyResults()) {
      if (objectives.contains(kr.objective())) {
        keyResults.add(kr.id());
      }
    }
    return new ScopeSelection(objectives, keyResults, kpisNamed(plan, objectives, keyResults));
  }

  private static ScopeSelection owner(Plan plan, String owner) {
    Set<Id> owned = new HashSet<>();
    plan.objectives().stream()
        .filter(o -> sameName(o.owner(), owner))
        .forEach(o -> owned.add(o.id()));
    Set<Id> keyResults = new HashSet<>();
    Set<Id> objectives = new HashSet<>(owned);
    for (KeyResult kr : plan.keyResults()) {
      if (owned.contains(kr.objective()) || sameName(kr.owner(), owner)) {
        keyResults.add(kr.id());
        objectives.add(kr.objective());
      }
    }
    Set<Id> kpis = kpisNamed(plan, owned, keyResults);
    plan.kpis().stream().filter(k -> sameName(k.owner(), owner)).forEach(k -> kpis.add(k.id()));
    return new ScopeSelection(objectives, keyResults, kpis);
  }

  /** The objectives that match and every objective below them in the cascade. */
  private static Set<Id> withDescendants(Plan plan, Predicate<Objective> matches) {
    Map<Id, List<Objective>> children = ObjectiveCascade.childrenByParent(plan.objectives());
    Set<Id> selected = new HashSet<>();
    Deque<Id> todo = new ArrayDeque<>();
    plan.objectives().stream().filter(matches).forEach(o -> todo.add(o.id()));
    while (!todo.isEmpty()) {
      Id id = todo.pop();
      if (selected.add(id)) {
        children.getOrDefault(id, List.of()).forEach(child -> todo.add(child.id()));
      }
    }
    return selected;
  }

  private static Set<Id> kpisNamed(Plan plan, Set<Id> objectives, Set<Id> keyResults) {
    Set<Id> kpis = new HashSet<>();
    for (Objective o : plan.objectives()) {
      if (objectives.contains(o.id())) {
        o.kpi().ifPresent(kpis::add);
      }
    }
    for (KeyResult kr : plan.keyResults()) {
      if (keyResults.contains(kr.id())) {
        kr.kpi().ifPresent(kpis::add);
      }
    }
    return kpis;
  }

  private static Set<Id> ids(java.util.stream.Stream<Id> ids) {
    Set<Id> set = new HashSet<>();
    ids.forEach(set::add);
    return set;
  }
}

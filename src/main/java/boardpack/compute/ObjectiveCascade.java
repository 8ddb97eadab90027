package boardpack.compute;

import boardpack.model.Id;
import boardpack.model.Objective;
import boardpack.model.ObjectiveScore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cascade order: each top objective (no Parent, or a Parent outside the view) in plan order, each
 * followed by its children in plan order, depth first. An objective caught in a Parent loop (the
 * reader refuses those) would be left at depth 0 at the end rather than lost.
 */
final class ObjectiveCascade {

  /** An objective's place in the cascade. */
  record Placed(ObjectiveScore score, int depth, List<Id> children) {}

  private ObjectiveCascade() {}

  static Map<Id, List<Objective>> childrenByParent(List<Objective> objectives) {
    Map<Id, List<Objective>> children = new LinkedHashMap<>();
    for (Objective o : objectives) {
      o.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(o));
    }
    return children;
  }

  /** {@code scores} in plan order, already limited to the view's objectives. */
  static List<Placed> order(List<ObjectiveScore> scores) {
    Map<Id, ObjectiveScore> byId = new LinkedHashMap<>();
    scores.forEach(s -> byId.putIfAbsent(s.id(), s));
    Map<Id, List<Id>> children = new LinkedHashMap<>();
    for (ObjectiveScore s : byId.values()) {
      s.objective()
          .parent()
          .filter(byId::containsKey)
          .ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(s.id()));
    }
    List<Placed> placed = new ArrayList<>();
    Set<Id> seen = new HashSet<>();
    for (ObjectiveScore s : byId.values()) {
      boolean top = s.objective().parent().filter(byId::containsKey).isEmpty();
      if (top) {
        visit(s.id(), 0, byId, children, seen, placed);
      }
    }
    for (ObjectiveScore s : byId.values()) {
      visit(s.id(), 0, byId, children, seen, placed);
    }
    return placed;
  }

  private static void visit(
      Id id,
      int depth,
      Map<Id, ObjectiveScore> byId,
      Map<Id, List<Id>> children,
      Set<Id> seen,
      List<Placed> placed) {
    if (!seen.add(id)) {
      return;
    }
    List<Id> kids = children.getOrDefault(id, List.of());
    placed.add(new Placed(byId.get(id), depth, kids));
    for (Id child : kids) {
      visit(child, depth + 1, byId, children, seen, placed);
    }
  }
}

package boardpack.compute;

import boardpack.model.Figure;
import boardpack.model.Id;
import boardpack.model.KeyResultScore;
import boardpack.model.KpiScore;
import boardpack.model.Objective;
import boardpack.model.ObjectiveScore;
import boardpack.model.Status;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * calculations.md, objectives: the weighted mean of the key results' progress and the children's
 * scores, through a cascade of any depth, children first, in time linear in the plan's size.
 */
public final class ObjectiveScoring {

  static final String NO_SCORE = "no key result has a value and no child objective has a score";

  /** Running weighted sums of p and e, and whether any part has data. */
  record Parts(double weight, double weightedProgress, double weightedExpected, boolean hasData) {

    static final Parts NONE = new Parts(0, 0, 0, false);

    Parts plus(double w, double p, double e, boolean data) {
      return new Parts(
          weight + w, weightedProgress + w * p, weightedExpected + w * e, hasData || data);
    }
  }

  private ObjectiveScoring() {}

  /** Every objective, in plan order; {@code kpis} gives the month status of a named KPI. */
  public static List<ObjectiveScore> scoreAll(
      List<Objective> objectives,
      List<KeyResultScore> keyResults,
      Map<Id, KpiScore> kpis,
      YearMonth period) {
    Map<Id, Parts> own = keyResultParts(keyResults);
    Map<Id, List<Objective>> children = children(objectives);
    Map<Id, ObjectiveScore> scored = new HashMap<>();
    for (Objective objective : childrenFirst(objectives, children)) {
      Parts parts = own.getOrDefault(objective.id(), Parts.NONE);
      for (Objective child : children.getOrDefault(objective.id(), List.of())) {
        parts = withChild(parts, scored.get(child.id()));
      }
      scored.put(
          objective.id(),
          new ObjectiveScore(
              objective,
              score(parts),
              expected(parts),
              status(parts, objective, period),
              OkrCycle.kpiStatus(objective, kpis, period)));
    }
    return objectives.stream().map(o -> scored.get(o.id())).toList();
  }

  /** Each KR is a part of its Weight; a KR with no data counts with p = 0 and its own e. */
  static Map<Id, Parts> keyResultParts(List<KeyResultScore> keyResults) {
    Map<Id, Parts> parts = new HashMap<>();
    for (KeyResultScore kr : keyResults) {
      Id objective = kr.keyResult().objective();
      parts.put(
          objective,
          parts
              .getOrDefault(objective, Parts.NONE)
              .plus(kr.keyResult().weight(), kr.progress(), kr.expected(), kr.hasData()));
    }
    return parts;
  }

  /**
   * A child is one more part of weight 1 with its score as p; a child with no score is left out.
   */
  static Parts withChild(Parts parts, ObjectiveScore child) {
    if (child == null || child.score().isAbsent()) {
      return parts;
    }
    return parts.plus(1, child.score().value(), child.expected().value(), true);
  }

  /** The weighted mean of p; absent when no KR has a value and no child has a score. */
  static Figure score(Parts parts) {
    return parts.hasData()
        ? Figure.of(parts.weightedProgress() / parts.weight())
        : Figure.absent(NO_SCORE);
  }

  static Figure expected(Parts parts) {
    return parts.hasData()
        ? Figure.of(parts.weightedExpected() / parts.weight())
        : Figure.absent(NO_SCORE);
  }

  /** The KR rule on score and expected, with the objective's End as the last month. */
  static Status status(Parts parts, Objective objective, YearMonth period) {
    if (!parts.hasData()) {
      return Status.NONE;
    }
    return KeyResultScoring.okrStatus(
        score(parts).value(), expected(parts).value(), objective.end(), period);
  }

  /** Children by parent, for parents that are objectives of the plan. */
  static Map<Id, List<Objective>> children(List<Objective> objectives) {
    Map<Id, List<Objective>> children = new HashMap<>();
    for (Objective objective : objectives) {
      objective
          .parent()
          .ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(objective));
    }
    return children;
  }

  /**
   * Post-order without recursion, so a deep cascade cannot overflow the stack. A loop (which the
   * reader rejects) cannot hang it: a child already on the path is skipped.
   */
  static List<Objective> childrenFirst(
      List<Objective> objectives, Map<Id, List<Objective>> children) {
    List<Objective> order = new ArrayList<>();
    Set<Id> seen = new HashSet<>();
    for (Objective root : objectives) {
      if (!seen.add(root.id())) {
        continue;
      }
      Deque<Cursor> path = new ArrayDeque<>();
      path.push(new Cursor(root, children.getOrDefault(root.id(), List.of())));
      while (!path.isEmpty()) {
        Cursor top = path.peek();
        if (top.next < top.children.size()) {
          Objective child = top.children.get(top.next++);
          if (seen.add(child.id())) {
            path.push(new Cursor(child, children.getOrDefault(child.id(), List.of())));
          }
        } else {
          order.add(path.pop().objective);
        }
      }
    }
    return order;
  }

  /** One step of the walk: an objective and how many of its children were visited. */
  private static final class Cursor {
    private final Objective objective;
    private final List<Objective> children;
    private int next;

    Cursor(Objective objective, List<Objective> children) {
      this.objective = objective;
      this.children = children;
    }
  }
}

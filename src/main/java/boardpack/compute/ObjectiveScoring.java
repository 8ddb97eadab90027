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
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * calculations.md, objectives: the weighted mean of the key results' progress and the children's
 * scores, through a cascade of any depth, children first, in time linear in the plan's size.
 */
final class ObjectiveScoring {

  /** One part of an objective's score: a KR (of its Weight) or a child objective (of weight 1). */
  record Part(double weight, double progress, double expected, boolean hasData) {}

  private ObjectiveScoring() {}

  /** Every objective, in plan order; {@code kpis} gives the month status of a named KPI. */
  static List<ObjectiveScore> scoreAll(
      List<Objective> objectives,
      List<KeyResultScore> keyResults,
      Map<Id, KpiScore> kpis,
      YearMonth period) {
    Map<Id, List<Part>> own = keyResultParts(keyResults);
    Map<Id, List<Objective>> children = children(objectives);
    Map<Id, ObjectiveScore> scored = new HashMap<>();
    for (Objective objective : childrenFirst(objectives, children)) {
      List<Part> parts = new ArrayList<>(own.getOrDefault(objective.id(), List.of()));
      for (Objective child : children.getOrDefault(objective.id(), List.of())) {
        childPart(scored.get(child.id())).ifPresent(parts::add);
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
  static Map<Id, List<Part>> keyResultParts(List<KeyResultScore> keyResults) {
    Map<Id, List<Part>> parts = new HashMap<>();
    for (KeyResultScore kr : keyResults) {
      parts
          .computeIfAbsent(kr.keyResult().objective(), k -> new ArrayList<>())
          .add(new Part(kr.keyResult().weight(), kr.progress(), kr.expected(), kr.hasData()));
    }
    return parts;
  }

  /** A child is one more part of weight 1 with its score as p; one with no score is left out. */
  static Optional<Part> childPart(ObjectiveScore child) {
    if (child == null || child.score().isAbsent()) {
      return Optional.empty();
    }
    return Optional.of(new Part(1, child.score().value(), child.expected().value(), true));
  }

  /** The weighted mean of p; absent when no KR has a value and no child has a score. */
  static Figure score(List<Part> parts) {
    return weightedMean(parts, Part::progress);
  }

  /** The same weighted mean of e. */
  static Figure expected(List<Part> parts) {
    return weightedMean(parts, Part::expected);
  }

  private static Figure weightedMean(List<Part> parts, ToDoubleFunction<Part> value) {
    if (parts.stream().noneMatch(Part::hasData)) {
      return Figure.absent(Reasons.NO_SCORE);
    }
    return Statistics.finite(
        Statistics.weightedMean(
            parts.stream().mapToDouble(Part::weight).toArray(),
            parts.stream().mapToDouble(value).toArray()));
  }

  /** The KR rule on score and expected, with the objective's End as the last month. */
  static Status status(List<Part> parts, Objective objective, YearMonth period) {
    Figure score = score(parts);
    Figure expected = expected(parts);
    if (score.isAbsent() || expected.isAbsent()) {
      return Status.NONE;
    }
    return KeyResultScoring.okrStatus(score.value(), expected.value(), objective.end(), period);
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

package boardpack.write.xlsx;

import boardpack.model.Id;
import boardpack.model.KeyResultScore;
import boardpack.model.ObjectiveScore;
import boardpack.model.Scorecard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the OKRs sheet in cascade order: an objective at its depth in the cascade, then its
 * key results one level deeper, then its child objectives.
 */
record OkrLine(int depth, Optional<ObjectiveScore> objective, Optional<KeyResultScore> keyResult) {

  static List<OkrLine> of(Scorecard scorecard) {
    Map<Id, ObjectiveScore> byId = new LinkedHashMap<>();
    scorecard.objectives().forEach(o -> byId.putIfAbsent(o.id(), o));
    Map<Id, List<ObjectiveScore>> children = new LinkedHashMap<>();
    List<ObjectiveScore> roots = new ArrayList<>();
    for (ObjectiveScore objective : byId.values()) {
      Optional<Id> parent = objective.objective().parent().filter(byId::containsKey);
      if (parent.isPresent()) {
        children.computeIfAbsent(parent.get(), id -> new ArrayList<>()).add(objective);
      } else {
        roots.add(objective);
      }
    }
    Map<Id, List<KeyResultScore>> keyResults = new LinkedHashMap<>();
    scorecard
        .keyResults()
        .forEach(
            kr -> keyResults.computeIfAbsent(kr.keyResult().objective(), id -> new ArrayList<>()).add(kr));
    List<OkrLine> lines = new ArrayList<>();
    Set<Id> seen = new HashSet<>();
    roots.forEach(root -> add(root, 0, children, keyResults, lines, seen));
    return lines;
  }

  private static void add(
      ObjectiveScore objective,
      int depth,
      Map<Id, List<ObjectiveScore>> children,
      Map<Id, List<KeyResultScore>> keyResults,
      List<OkrLine> lines,
      Set<Id> seen) {
    if (!seen.add(objective.id())) {
      return;
    }
    lines.add(new OkrLine(depth, Optional.of(objective), Optional.empty()));
    for (KeyResultScore kr : keyResults.getOrDefault(objective.id(), List.of())) {
      lines.add(new OkrLine(depth + 1, Optional.empty(), Optional.of(kr)));
    }
    for (ObjectiveScore child : children.getOrDefault(objective.id(), List.of())) {
      add(child, depth + 1, children, keyResults, lines, seen);
    }
  }
}

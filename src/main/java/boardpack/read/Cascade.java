package boardpack.read;

import boardpack.model.Id;
import boardpack.model.Objective;
import boardpack.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** workbook.md, Objectives: Parent aligns an objective to another; a loop is an error. */
final class Cascade {

  private Cascade() {}

  /** Reports each loop once, at the Parent cell where the walk entered it; linear in objectives. */
  static void checkLoops(
      List<Objective> objectives, Map<Id, Source> parentCells, Problems problems) {
    Map<Id, Objective> byId =
        objectives.stream()
            .collect(
                Collectors.toMap(Objective::id, Function.identity(), (first, second) -> first));
    Map<Id, Boolean> finished = new HashMap<>();
    for (Objective start : objectives) {
      List<Id> path = new ArrayList<>();
      Id current = start.id();
      while (current != null && !finished.containsKey(current)) {
        finished.put(current, false);
        path.add(current);
        Objective objective = byId.get(current);
        current = objective == null ? null : objective.parent().orElse(null);
      }
      if (current != null && !finished.get(current)) {
        report(path.subList(path.indexOf(current), path.size()), parentCells, problems);
      }
      path.forEach(id -> finished.put(id, true));
    }
  }

  private static void report(List<Id> loop, Map<Id, Source> parentCells, Problems problems) {
    String chain =
        loop.stream().map(Id::text).collect(Collectors.joining(" -> ")) + " -> " + loop.get(0);
    Id parent = loop.size() > 1 ? loop.get(1) : loop.get(0);
    problems.error(
        parentCells.get(loop.get(0)),
        "parent \"" + parent + "\" makes a loop " + chain + "; expected a cascade without loops");
  }
}

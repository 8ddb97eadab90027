package boardpack.compute;

import boardpack.model.Prediction;
import boardpack.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The items that need attention, each list in display order. */
final class Attentions {

  private Attentions() {}

  static Attention of(
      List<KpiRow> kpis,
      List<ObjectiveRow> objectives,
      List<KeyResultRow> keyResults,
      List<PairRow> pairs) {
    List<KeyResultRow> cascade = cascadeOrder(objectives, keyResults);
    return new Attention(
        kpis.stream().filter(r -> r.score().month().status() == Status.RED).toList(),
        cascade.stream().filter(r -> r.score().status() == Status.RED).toList(),
        earlyWarnings(pairs),
        pairs.stream().filter(p -> p.pair().atRiskAhead()).toList(),
        kpis.stream().filter(r -> r.score().needsOkr()).toList(),
        cascade.stream().filter(r -> r.score().carryForward().isPresent()).toList());
  }

  /** Key results under their objectives in cascade order, then any whose objective is not shown. */
  static List<KeyResultRow> cascadeOrder(
      List<ObjectiveRow> objectives, List<KeyResultRow> keyResults) {
    Set<KeyResultRow> ordered = new LinkedHashSet<>();
    objectives.forEach(o -> ordered.addAll(o.keyResults()));
    ordered.addAll(keyResults);
    return List.copyOf(ordered);
  }

  private static List<EarlyWarning> earlyWarnings(List<PairRow> pairs) {
    List<EarlyWarning> warnings = new ArrayList<>();
    for (PairRow pair : pairs) {
      for (Prediction p : pair.pair().predictions()) {
        if (p.isEarlyWarning()) {
          warnings.add(new EarlyWarning(pair, p));
        }
      }
    }
    return warnings;
  }
}

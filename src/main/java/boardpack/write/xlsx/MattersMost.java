package boardpack.write.xlsx;

import boardpack.model.Id;
import boardpack.model.Indicator;
import boardpack.model.KpiScore;
import boardpack.model.Scorecard;
import boardpack.model.Status;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** The KPIs that get a chart: red, linked to an OKR, or leading (outputs.md, Trends). */
final class MattersMost {

  private MattersMost() {}

  static Set<KpiScore> of(Scorecard scorecard) {
    Set<Id> linked = new HashSet<>();
    scorecard.plan().objectives().forEach(o -> o.kpi().ifPresent(linked::add));
    scorecard.plan().keyResults().forEach(kr -> kr.kpi().ifPresent(linked::add));
    Set<KpiScore> chosen = new LinkedHashSet<>();
    for (KpiScore score : scorecard.kpis()) {
      if (score.month().status() == Status.RED
          || linked.contains(score.id())
          || score.kpi().indicator() == Indicator.LEADING) {
        chosen.add(score);
      }
    }
    return chosen;
  }
}

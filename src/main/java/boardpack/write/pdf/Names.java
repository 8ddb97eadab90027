package boardpack.write.pdf;

import boardpack.compute.KeyResultRow;
import boardpack.compute.KpiRow;
import boardpack.compute.ObjectiveRow;
import boardpack.compute.PackView;
import boardpack.model.Id;

/** What a measure is called in the pack: a KPI's name, a key result's or objective's statement. */
final class Names {

  private Names() {}

  static String of(PackView view, Id id) {
    return view.kpi(id)
        .map(KpiRow::kpi)
        .map(kpi -> kpi.name())
        .or(
            () ->
                view.keyResults().stream()
                    .filter(row -> row.id().equals(id))
                    .findFirst()
                    .map(KeyResultRow::keyResult)
                    .map(kr -> kr.statement()))
        .or(
            () ->
                view.objectives().stream()
                    .filter(row -> row.id().equals(id))
                    .findFirst()
                    .map(ObjectiveRow::objective)
                    .map(o -> o.statement()))
        .orElse(id.text());
  }
}

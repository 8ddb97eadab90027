package boardpack.write.xlsx;

import boardpack.model.KpiScore;
import boardpack.model.Plan;
import boardpack.model.Source;
import boardpack.model.Value;
import java.util.Optional;

/**
 * Where a KPI's month actual and target were read: the Actuals or Targets cell, the CSV line, or
 * the annual target cell a month's target is derived from. The engine's figures do not carry their
 * inputs yet (issue 8's provenance), so the cells are looked up in the plan by KPI and month.
 */
final class FigureSources {

  /** A source and how it is named before its place: {@code annual target KPIs!H5}. */
  record Named(Source source, String label) {}

  private final Plan plan;

  FigureSources(Plan plan) {
    this.plan = plan;
  }

  Optional<Named> actual(KpiScore score) {
    if (score.month().actual().isAbsent()) {
      return Optional.empty();
    }
    return plan.actualsOf(score.id())
        .at(score.shownMonth())
        .map(value -> new Named(value.source(), value.source().place()));
  }

  Optional<Named> target(KpiScore score) {
    if (score.month().target().isAbsent()) {
      return Optional.empty();
    }
    Optional<Named> cell =
        plan.targetsOf(score.id())
            .at(score.shownMonth())
            .map(value -> new Named(value.source(), value.source().place()));
    return cell.or(
        () ->
            score
                .kpi()
                .annualTarget()
                .map(Value::source)
                .map(source -> new Named(source, "annual target " + source.place())));
  }
}

package boardpack.compute;

import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.Kpi;
import boardpack.model.Plan;
import boardpack.model.RecordedActual;
import boardpack.model.Series;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every actual the plan handed to the calculations holds, as the run's record lists them: KPIs in
 * plan order, then key results with their own actuals in plan order, each month by month.
 */
final class ActualsRecord {

  private ActualsRecord() {}

  static List<RecordedActual> of(Plan plan) {
    Set<Id> order = new LinkedHashSet<>();
    plan.kpis().stream().map(Kpi::id).forEach(order::add);
    plan.keyResults().stream().map(KeyResult::id).forEach(order::add);
    plan.actuals().keySet().stream().sorted().forEach(order::add); // any other ID last
    List<RecordedActual> record = new ArrayList<>();
    for (Id id : order) {
      Series series = plan.actualsOf(id);
      // The ID as its own row spells it: the series' key may be spelled otherwise.
      series
          .values()
          .forEach(
              (month, value) ->
                  record.add(
                      new RecordedActual(id, month, value.number(), value.source().place())));
    }
    return record;
  }
}

package boardpack.write.xlsx;

import boardpack.compute.PackView;
import boardpack.compute.ScorecardEngine;
import boardpack.model.Id;
import boardpack.model.Plan;
import boardpack.model.Series;
import boardpack.model.Source;
import boardpack.model.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A one-KPI plan whose month actual is 0.1 + 0.2 against a target of 0.3: equal on paper, apart by
 * one rounding in doubles (Java's difference is 5.6E-17; spreadsheets subtract them to 0).
 */
final class NearlyOnTarget {

  private NearlyOnTarget() {}

  static PackView view() {
    Plan plan = LargePlan.of(1);
    Id id = plan.kpis().get(0).id();
    Map<Id, Series> actuals = new HashMap<>(plan.actuals());
    Map<Id, Series> targets = new HashMap<>(plan.targets());
    actuals.put(id, only(0.1 + 0.2, "Actuals"));
    targets.put(id, only(0.3, "Targets"));
    Plan nearly =
        new Plan(
            plan.file(),
            plan.settings(),
            plan.kpis(),
            targets,
            actuals,
            List.of(),
            List.of(),
            List.of(),
            List.of());
    return PackView.of(ScorecardEngine.compute(nearly, LargePlan.PERIOD), List.of());
  }

  private static Series only(double value, String sheet) {
    TreeMap<java.time.YearMonth, Value> values = new TreeMap<>();
    values.put(LargePlan.PERIOD, new Value(value, Source.cell(LargePlan.FILE, sheet, 1, 1)));
    return new Series(values);
  }
}

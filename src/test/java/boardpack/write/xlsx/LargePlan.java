package boardpack.write.xlsx;

import boardpack.model.Aggregation;
import boardpack.model.Band;
import boardpack.model.Direction;
import boardpack.model.Frequency;
import boardpack.model.Id;
import boardpack.model.Indicator;
import boardpack.model.KeyResult;
import boardpack.model.KeyResultType;
import boardpack.model.Kpi;
import boardpack.model.Metric;
import boardpack.model.Objective;
import boardpack.model.Plan;
import boardpack.model.Series;
import boardpack.model.Settings;
import boardpack.model.Source;
import boardpack.model.Unit;
import boardpack.model.Value;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A plan of any number of KPIs built in code: units, directions and statuses vary by row, 24 months
 * of actuals and targets, one objective with two key results per 50 KPIs.
 */
final class LargePlan {

  static final String FILE = "large-plan.xlsx";
  static final YearMonth PERIOD = YearMonth.of(2026, 10);
  private static final List<Unit> UNITS =
      List.of(new Unit("GBP"), new Unit("%"), new Unit("calls"), new Unit("EUR"));

  private LargePlan() {}

  static Plan of(int count) {
    List<Kpi> kpis = new ArrayList<>();
    Map<Id, Series> targets = new HashMap<>();
    Map<Id, Series> actuals = new HashMap<>();
    for (int i = 0; i < count; i++) {
      Kpi kpi = kpi(i);
      kpis.add(kpi);
      targets.put(kpi.id(), series(i, "Targets", 1000));
      actuals.put(kpi.id(), series(i, "Actuals", 1000 + (i % 7 - 3) * 40));
    }
    List<Objective> objectives = new ArrayList<>();
    List<KeyResult> keyResults = new ArrayList<>();
    for (int o = 0; o * 50 < count; o++) {
      Id id = Id.of("O" + o);
      objectives.add(
          new Objective(
              id,
              "Objective " + o,
              "Owner " + o,
              "Team " + (o % 5),
              Optional.empty(),
              YearMonth.of(2026, 4),
              YearMonth.of(2027, 3),
              Optional.of(kpis.get(o * 50).id()),
              cell("Objectives", o + 1, 0)));
      for (int k = 0; k < 2; k++) {
        keyResults.add(keyResult(id, o, k));
      }
    }
    Settings settings =
        new Settings(
            "Large Ltd",
            Optional.of(PERIOD),
            Month.APRIL,
            Optional.of("GBP"),
            0.1,
            boardpack.model.PageSize.A4,
            "Confidential");
    return new Plan(
        FILE, settings, kpis, targets, actuals, objectives, keyResults, List.of(), List.of());
  }

  private static Kpi kpi(int i) {
    Direction direction = i % 3 == 1 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
    Optional<Band> band = Optional.empty();
    if (i % 10 == 9) {
      direction = Direction.WITHIN_RANGE;
      band = Optional.of(new Band(value(900, i, 10), value(1100, i, 11)));
    }
    return new Kpi(
        Id.of(String.format("K%05d", i)),
        "KPI number " + i,
        "Owner " + (i % 40),
        UNITS.get(i % UNITS.size()),
        direction,
        i % 25 == 0 ? Indicator.LEADING : Indicator.LAGGING,
        direction == Direction.WITHIN_RANGE ? Aggregation.AVERAGE : Aggregation.SUM,
        Optional.empty(),
        band,
        Optional.empty(),
        Optional.empty(),
        Frequency.MONTHLY,
        "ERP",
        cell("KPIs", i + 1, 0),
        false);
  }

  private static KeyResult keyResult(Id objective, int o, int k) {
    return new KeyResult(
        Id.of("KR" + o + "." + k),
        objective,
        "Key result " + o + "." + k,
        "Owner " + o,
        KeyResultType.OUTCOME,
        Metric.INCREASE,
        Optional.of(value(0, o, 20)),
        Optional.of(value(100, o, 21)),
        Optional.empty(),
        YearMonth.of(2027, 3),
        1,
        Optional.empty(),
        cell("KeyResults", o * 2 + k + 1, 0));
  }

  private static Series series(int i, String sheet, double level) {
    TreeMap<YearMonth, Value> values = new TreeMap<>();
    for (int m = 0; m < 24; m++) {
      YearMonth month = PERIOD.minusMonths(23 - m);
      values.put(month, new Value(level + (m * 7 + i) % 30, cell(sheet, i + 1, m + 1)));
    }
    return new Series(values);
  }

  private static Value value(double number, int row, int column) {
    return new Value(number, cell("KPIs", row, column));
  }

  private static Source cell(String sheet, int row, int column) {
    return Source.cell(FILE, sheet, row, column);
  }
}

package boardpack.read;

import boardpack.model.Band;
import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.KeyResultType;
import boardpack.model.Metric;
import boardpack.model.Objective;
import boardpack.model.Value;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * workbook.md, KeyResults: one key result per row; Type Effort for milestones, Due the objective's
 * End and Weight 1 by default.
 */
final class KeyResultSheetReader {

  static final String SHEET = "KeyResults";
  static final String ID = "ID";
  static final String OBJECTIVE = "Objective";
  static final String KEY_RESULT = "Key result";
  static final String OWNER = "Owner";
  static final String TYPE = "Type";
  static final String METRIC = "Metric";
  static final String START_VALUE = "Start value";
  static final String TARGET = "Target";
  static final String DUE = "Due";
  static final String WEIGHT = "Weight";
  static final String KPI = "KPI";
  private static final String START = "start value";
  static final TableSpec SPEC =
      new TableSpec(
          SHEET,
          ID,
          List.of(ID, OBJECTIVE, KEY_RESULT),
          List.of(
              OWNER,
              TYPE,
              METRIC,
              START_VALUE,
              TARGET,
              KpiSheetReader.LOWER,
              KpiSheetReader.UPPER,
              DUE,
              WEIGHT,
              KPI));

  private KeyResultSheetReader() {}

  static List<KeyResult> read(List<TableRow> rows, IdRegistry ids, Map<Id, Objective> objectives) {
    List<KeyResult> keyResults = new ArrayList<>();
    for (TableRow row : rows) {
      keyResult(row, ids, objectives).ifPresent(keyResults::add);
    }
    DefaultNotes.noteMixedWeights(rows);
    return keyResults;
  }

  private static Optional<KeyResult> keyResult(
      TableRow row, IdRegistry ids, Map<Id, Objective> objectives) {
    String statement = row.text(KEY_RESULT);
    if (statement.isEmpty()) {
      row.reportBlank(KEY_RESULT, "the key result's statement");
    }
    Optional<Objective> objective =
        ids.resolve(row.field(OBJECTIVE), IdRegistry.Kind.OBJECTIVE, row.problems())
            .map(objectives::get);
    Metric metric = row.word(METRIC, Words.METRIC).orElse(Metric.INCREASE);
    KeyResultType type =
        row.word(TYPE, Words.KEY_RESULT_TYPE)
            .orElse(metric == Metric.MILESTONE ? KeyResultType.EFFORT : KeyResultType.OUTCOME);
    Goal goal = goal(row, metric);
    Optional<Double> weight = weight(row);
    Optional<Id> kpi = ids.resolve(row.field(KPI, "KPI"), IdRegistry.Kind.KPI, row.problems());
    Optional<YearMonth> due = objective.flatMap(o -> due(row, o));
    if (!goal.complete() || weight.isEmpty() || due.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new KeyResult(
            row.id(),
            objective.get().id(),
            statement,
            row.text(OWNER),
            type,
            metric,
            goal.start(),
            goal.target(),
            goal.band(),
            due.get(),
            weight.get(),
            kpi,
            row.source()));
  }

  /** What the metric measures against; {@code complete} when the metric has all it needs. */
  private record Goal(
      Optional<Value> start, Optional<Value> target, Optional<Band> band, boolean complete) {}

  /**
   * workbook.md: Increase and Decrease need Start value and Target; Threshold needs Lower and
   * Upper. Start and target given for other metrics are kept; a band only for Threshold.
   */
  private static Goal goal(TableRow row, Metric metric) {
    boolean moves = metric == Metric.INCREASE || metric == Metric.DECREASE;
    Optional<Value> start =
        moves ? required(row, START_VALUE, metric) : row.number(START_VALUE, START);
    Optional<Value> target = moves ? required(row, TARGET, metric) : row.number(TARGET, "target");
    Optional<Band> band =
        metric == Metric.THRESHOLD
            ? KpiSheetReader.band(row, "a Threshold key result")
            : Optional.empty();
    boolean complete =
        (!moves || start.isPresent() && target.isPresent())
            && (metric != Metric.THRESHOLD || band.isPresent());
    return new Goal(start, target, band, complete);
  }

  private static Optional<Value> required(TableRow row, String heading, Metric metric) {
    String what = heading.toLowerCase(java.util.Locale.ROOT);
    if (row.isBlank(heading)) {
      String word = metric == Metric.INCREASE ? "an Increase" : "a Decrease";
      row.problems()
          .error(
              row.at(heading),
              what
                  + " is blank; expected a number, as "
                  + word
                  + " key result needs Start value and Target");
      return Optional.empty();
    }
    return row.number(heading, what);
  }

  /** workbook.md: a number above 0; default 1. */
  private static Optional<Double> weight(TableRow row) {
    Optional<Value> weight = row.number(WEIGHT, "weight");
    if (weight.isPresent() && !(weight.get().number() > 0)) {
      row.problems()
          .error(
              row.at(WEIGHT),
              "weight "
                  + CellValues.show(weight.get().number())
                  + " is not above 0; expected a number above 0 such as 1");
      return Optional.empty();
    }
    if (weight.isEmpty() && !row.isBlank(WEIGHT)) {
      return Optional.empty();
    }
    return Optional.of(weight.map(Value::number).orElse(1.0));
  }

  /** Default the objective's End; a Due before the objective's Start leaves no window. */
  private static Optional<YearMonth> due(TableRow row, Objective objective) {
    if (row.isBlank(DUE)) {
      return Optional.of(objective.end());
    }
    Optional<YearMonth> due = row.month(DUE);
    if (due.isPresent() && due.get().isBefore(objective.start())) {
      row.problems()
          .error(
              row.at(DUE),
              "due "
                  + MonthText.show(due.get())
                  + " is before the start "
                  + MonthText.show(objective.start())
                  + " of objective "
                  + objective.id()
                  + " ("
                  + objective.source().place()
                  + "); expected a month from the objective's Start on");
      return Optional.empty();
    }
    return due;
  }
}

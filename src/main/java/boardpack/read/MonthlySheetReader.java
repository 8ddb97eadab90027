package boardpack.read;

import boardpack.model.Id;
import boardpack.model.Source;
import boardpack.model.Value;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * workbook.md, Targets and Actuals: wide sheets, ID then one column per month, in any order. A
 * blank cell is not reported, never zero.
 */
final class MonthlySheetReader {

  static final String TARGETS = "Targets";
  static final String ACTUALS = "Actuals";
  static final String ID = "ID";

  /** Values by ID (as the defining row spells it) and month. */
  static final class Values extends HashMap<Id, TreeMap<YearMonth, Value>> {
    private static final long serialVersionUID = 1L;

    void put(Id id, YearMonth month, Value value) {
      computeIfAbsent(id, k -> new TreeMap<>()).put(month, value);
    }

    Optional<Value> at(Id id, YearMonth month) {
      TreeMap<YearMonth, Value> months = get(id);
      return Optional.ofNullable(months == null ? null : months.get(month));
    }
  }

  /** Which ID a row's values go to (empty: the row is dropped) and how one cell is parsed. */
  private interface Rows {
    Optional<Id> destination(TableRow row, Map<Integer, YearMonth> months);

    Optional<Value> value(Field field, Id id, Problems problems);
  }

  private MonthlySheetReader() {}

  static Values targets(Sheets sheets, Measures measures) {
    Values values = new Values();
    sheets
        .table(spec(TARGETS), false)
        .ifPresent(
            table ->
                read(
                    table,
                    values,
                    "target",
                    new Rows() {
                      @Override
                      public Optional<Id> destination(
                          TableRow row, Map<Integer, YearMonth> months) {
                        return targetRow(row, months, measures);
                      }

                      @Override
                      public Optional<Value> value(Field field, Id id, Problems problems) {
                        return CellValues.number(field, problems);
                      }
                    }));
    return values;
  }

  static Values actuals(Sheets sheets, Measures measures) {
    Values values = new Values();
    sheets
        .table(spec(ACTUALS), true)
        .ifPresent(
            table ->
                read(
                    table,
                    values,
                    "actual",
                    new Rows() {
                      @Override
                      public Optional<Id> destination(
                          TableRow row, Map<Integer, YearMonth> months) {
                        return measures.actualsFor(row.key(), row.source(), row.problems());
                      }

                      @Override
                      public Optional<Value> value(Field field, Id id, Problems problems) {
                        return ActualValues.actual(field, measures.isMilestone(id), problems);
                      }
                    }));
    return values;
  }

  private static void read(SheetTable table, Values values, String what, Rows rows) {
    TreeMap<Integer, YearMonth> months = MonthColumns.of(table, ID);
    List<Integer> data = new ArrayList<>(months.keySet());
    data.add(table.column(ID).orElseThrow());
    Map<Id, Source> seen = new HashMap<>();
    for (TableRow row : table.rows(data)) {
      Source first = seen.putIfAbsent(row.id(), row.source());
      if (first != null) {
        row.problems()
            .error(
                row.source(),
                "ID \""
                    + row.key()
                    + "\" has a second row (also "
                    + first.place()
                    + "); expected one row per ID");
        continue;
      }
      Optional<Id> id = rows.destination(row, months);
      if (id.isEmpty()) {
        continue;
      }
      months.forEach(
          (column, month) ->
              rows.value(
                      new Field(row.content(column), row.at(column), what),
                      id.get(),
                      row.problems())
                  .ifPresent(value -> values.put(id.get(), month, value)));
    }
  }

  /** calculations.md: a Within range KPI's Targets row is ignored, with a warning. */
  private static Optional<Id> targetRow(
      TableRow row, Map<Integer, YearMonth> months, Measures measures) {
    Optional<Id> id = measures.targetsFor(row.key(), row.source(), row.problems());
    if (id.isPresent() && measures.isWithinRange(id.get())) {
      if (months.keySet().stream().anyMatch(column -> !row.content(column).isBlank())) {
        row.problems()
            .warning(
                row.source(),
                id.get()
                    + " is Within range, so its Targets row is ignored;"
                    + " expected no targets for it, as its band is its target");
      }
      return Optional.empty();
    }
    return id;
  }

  private static TableSpec spec(String sheet) {
    return new TableSpec(sheet, ID, List.of(ID), List.of(), true);
  }
}

package boardpack.read;

import boardpack.model.Id;
import boardpack.model.Objective;
import boardpack.model.Source;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** workbook.md, Objectives: one objective per row; Start and End are required months. */
final class ObjectiveSheetReader {

  static final String SHEET = "Objectives";
  static final String ID = "ID";
  static final String OBJECTIVE = "Objective";
  static final String OWNER = "Owner";
  static final String TEAM = "Team";
  static final String PARENT = "Parent";
  static final String START = "Start";
  static final String END = "End";
  static final String KPI = "KPI";
  static final TableSpec SPEC =
      new TableSpec(
          SHEET, ID, List.of(ID, OBJECTIVE, START, END), List.of(OWNER, TEAM, PARENT, KPI));

  private ObjectiveSheetReader() {}

  static List<Objective> read(List<TableRow> rows, IdRegistry ids, Problems problems) {
    List<Objective> objectives = new ArrayList<>();
    Map<Id, Source> parentCells = new HashMap<>();
    for (TableRow row : rows) {
      parentCells.put(row.id(), row.at(PARENT));
      objective(row, ids).ifPresent(objectives::add);
    }
    Cascade.checkLoops(objectives, parentCells, problems);
    return objectives;
  }

  private static Optional<Objective> objective(TableRow row, IdRegistry ids) {
    String statement = row.text(OBJECTIVE);
    if (statement.isEmpty()) {
      row.reportBlank(OBJECTIVE, "the objective's statement");
    }
    Optional<YearMonth> start = requiredMonth(row, START);
    Optional<YearMonth> end = requiredMonth(row, END);
    Optional<Id> parent = ids.resolve(row.field(PARENT), IdRegistry.Kind.OBJECTIVE, row.problems());
    Optional<Id> kpi = ids.resolve(row.field(KPI, "KPI"), IdRegistry.Kind.KPI, row.problems());
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    if (end.get().isBefore(start.get())) {
      row.problems()
          .error(
              row.at(END),
              "end "
                  + MonthText.show(end.get())
                  + " is before start "
                  + MonthText.show(start.get())
                  + " ("
                  + row.at(START).place()
                  + "); expected End on or after Start");
      return Optional.empty();
    }
    return Optional.of(
        new Objective(
            row.id(),
            statement,
            row.text(OWNER),
            row.text(TEAM),
            parent,
            start.get(),
            end.get(),
            kpi,
            row.source()));
  }

  /** A month that must be given: blank or not a month is reported. */
  static Optional<YearMonth> requiredMonth(TableRow row, String heading) {
    if (row.isBlank(heading)) {
      row.reportBlank(heading, CellValues.A_MONTH);
      return Optional.empty();
    }
    return row.month(heading);
  }
}

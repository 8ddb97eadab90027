package boardpack.read;

import boardpack.model.Aggregation;
import boardpack.model.Direction;
import boardpack.model.Source;
import boardpack.model.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * workbook.md, General rules: a default that decides a status is listed as a note. On the KPIs
 * sheet these are a blank Direction (Higher is better decides every status) and a blank Aggregation
 * (Sum or Average decides the quarter and year figures); on KeyResults a blank Weight beside
 * weights given (1 decides the objective's score).
 */
final class DefaultNotes {

  private DefaultNotes() {}

  /** The Direction given, or Higher is better with a note when the cell is blank. */
  static Direction direction(TableRow row) {
    if (row.isBlank(KpiSheetReader.DIRECTION)
        && row.table().column(KpiSheetReader.DIRECTION).isPresent()) {
      row.problems()
          .note(
              row.at(KpiSheetReader.DIRECTION),
              "direction is blank, so "
                  + row.key()
                  + " is read as Higher is better; fill in Lower is better or Within range if"
                  + " that is what it is");
    }
    return row.word(KpiSheetReader.DIRECTION, Words.DIRECTION).orElse(Direction.HIGHER_IS_BETTER);
  }

  static void noteAggregation(TableRow row, Aggregation aggregation, Unit unit) {
    String why = unit.isPercent() ? " (as its unit is %)" : "";
    row.problems()
        .note(
            row.at(KpiSheetReader.AGGREGATION),
            "aggregation is blank, so "
                + row.key()
                + "'s quarter-to-date and year-to-date figures are the "
                + word(aggregation)
                + " of its months"
                + why
                + "; fill in Sum, Average or Last if it should be otherwise");
  }

  /** One note for the sheet when a column whose default decides figures is absent. */
  static void noteAbsentColumns(SheetTable table) {
    Source header = Source.row(table.sheets().file(), table.name(), table.headerRow());
    if (table.column(KpiSheetReader.DIRECTION).isEmpty()) {
      table
          .sheets()
          .problems()
          .note(
              header,
              "there is no Direction column, so every KPI is read as Higher is better; add a"
                  + " Direction column for KPIs where lower is better or a band is the target");
    }
    if (table.column(KpiSheetReader.AGGREGATION).isEmpty()) {
      table
          .sheets()
          .problems()
          .note(
              header,
              "there is no Aggregation column, so quarter and year figures are the Sum of the"
                  + " months (the Average for % and Within range KPIs); add an Aggregation column"
                  + " where that is wrong");
    }
  }

  /**
   * A blank Weight is 1; among key results of the same objective with weights given, that is likely
   * not what the author meant, so each blank one is a note.
   */
  static void noteMixedWeights(List<TableRow> rows) {
    Map<String, List<TableRow>> byObjective = new HashMap<>();
    rows.forEach(
        row ->
            byObjective
                .computeIfAbsent(
                    Folding.fold(row.text(KeyResultSheetReader.OBJECTIVE)), k -> new ArrayList<>())
                .add(row));
    for (List<TableRow> siblings : byObjective.values()) {
      if (siblings.stream().allMatch(row -> row.isBlank(KeyResultSheetReader.WEIGHT))) {
        continue;
      }
      siblings.stream()
          .filter(row -> row.isBlank(KeyResultSheetReader.WEIGHT))
          .forEach(
              row ->
                  row.problems()
                      .note(
                          row.at(KeyResultSheetReader.WEIGHT),
                          "weight is blank, so "
                              + row.key()
                              + " counts with weight 1 while other key results of objective "
                              + row.text(KeyResultSheetReader.OBJECTIVE)
                              + " have weights given; fill in its weight if 1 is not meant"));
    }
  }

  private static String word(Aggregation aggregation) {
    return switch (aggregation) {
      case SUM -> "Sum";
      case AVERAGE -> "Average";
      case LAST -> "Last";
    };
  }
}

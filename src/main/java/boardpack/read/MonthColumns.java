package boardpack.read;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The month columns of a Targets or Actuals header: each heading a date cell or month text; the
 * same month twice is an error (workbook.md: Actuals).
 */
final class MonthColumns {

  /** Descriptive columns users keep beside the months; ignored without a warning. */
  static final Set<String> TEXT_COLUMNS =
      Stream.of(
              "Name",
              "KPI",
              "Key result",
              "Measure",
              "Description",
              "Unit",
              "Owner",
              "Notes",
              "Note",
              "Comment",
              "Comments",
              "Total",
              "Data source",
              "Source")
          .map(Folding::fold)
          .collect(Collectors.toUnmodifiableSet());

  private MonthColumns() {}

  /**
   * Month by column. A heading that is neither a month nor a known descriptive column is a warning
   * and its column is ignored: finance sheets often carry totals or quarter columns.
   */
  static TreeMap<Integer, YearMonth> of(SheetTable table, String idHeading) {
    TreeMap<Integer, YearMonth> months = new TreeMap<>();
    Map<YearMonth, Integer> columnOf = new HashMap<>();
    int idColumn = table.column(idHeading).orElseThrow();
    table
        .headerCells()
        .forEach(
            (column, heading) -> {
              Optional<YearMonth> month = CellValues.monthOf(heading);
              if (column == idColumn || isTextColumn(heading)) {
                return;
              }
              if (month.isEmpty()) {
                notAMonth(table, column, heading);
              } else if (columnOf.putIfAbsent(month.get(), column) != null) {
                table
                    .sheets()
                    .problems()
                    .error(
                        table.at(table.headerRow(), column),
                        "month "
                            + MonthText.show(month.get())
                            + " appears twice (also "
                            + table.at(table.headerRow(), columnOf.get(month.get())).place()
                            + "); expected each month once");
              } else {
                months.put(column, month.get());
              }
            });
    return months;
  }

  private static boolean isTextColumn(CellContent heading) {
    return heading instanceof CellContent.Text text
        && TEXT_COLUMNS.contains(Folding.fold(text.text()));
  }

  private static void notAMonth(SheetTable table, int column, CellContent heading) {
    String found =
        switch (heading) {
          case CellContent.Text text -> "\"" + text.text() + "\"";
          case CellContent.Number number -> CellValues.show(number.value());
          case CellContent.Bool bool -> bool.value() ? "TRUE" : "FALSE";
          case CellContent.Failure failure -> failure.found();
          case CellContent.Date date -> date.date().toString();
          case CellContent.Blank blank -> "blank";
        };
    table
        .sheets()
        .problems()
        .warning(
            table.at(table.headerRow(), column),
            "heading "
                + found
                + " is not a month, so this column is ignored; expected a month such as Oct 2026 or 2026-10,"
                + " or a descriptive heading such as Name or Notes");
  }
}

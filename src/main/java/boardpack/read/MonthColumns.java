package boardpack.read;

import java.time.Month;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The month columns of a Targets or Actuals header (workbook.md: Month headings): each heading a
 * date cell, month text, or a month name under a year; the same month twice is an error.
 */
final class MonthColumns {

  /** Descriptive columns users keep beside the months; ignored without a warning. */
  static final Set<String> TEXT_COLUMNS =
      Stream.concat(
              HeadingCheck.DESCRIPTIVE.stream(),
              Stream.of(
                  "Name",
                  "KPI",
                  "Key result",
                  "Measure",
                  "Metric",
                  "Description",
                  "Unit",
                  "Owner",
                  "Team",
                  "Category",
                  "Total",
                  "Data source",
                  "Source"))
          .map(Folding::fold)
          .collect(Collectors.toUnmodifiableSet());

  private static final String EXPECTED =
      "expected a month such as Oct 2026, 2026-10 or 10/2026, or a month name under a year";

  private final SheetTable table;
  private final TreeMap<Integer, YearMonth> months = new TreeMap<>();
  private final Map<YearMonth, Integer> columnOf = new HashMap<>();

  private MonthColumns(SheetTable table) {
    this.table = table;
  }

  /** Month by column; every other heading is ignored, silently or reported (see class doc). */
  static TreeMap<Integer, YearMonth> of(SheetTable table, String idHeading) {
    MonthColumns columns = new MonthColumns(table);
    int idColumn = table.column(idHeading).orElseThrow();
    table
        .headerCells()
        .forEach(
            (column, heading) -> {
              if (column != idColumn) {
                columns.read(column, heading);
              }
            });
    return columns.months;
  }

  private void read(int column, CellContent heading) {
    switch (heading) {
      case CellContent.Date date -> add(column, YearMonth.from(date.date()));
      case CellContent.Text text -> readText(column, text.text());
      case CellContent.Number number when isYear(number.value()) -> {
        // a year heading such as 2026 sums up a year: ignored
      }
      default -> other(column, heading);
    }
  }

  private void readText(int column, String text) {
    Optional<Month> name = MonthText.monthName(text.replaceAll("\\.$", ""));
    if (TEXT_COLUMNS.contains(Folding.fold(text)) || MonthHeadings.isPeriodSummary(text)) {
      return;
    }
    Optional<YearMonth> month = MonthText.parse(text);
    if (month.isPresent()) {
      add(column, month.get());
    } else if (name.isPresent()) {
      monthUnderYear(column, text, name.get());
    } else if (MonthHeadings.looksLikeMonth(text)) {
      error(column, "heading \"" + text + "\" is not a month; " + EXPECTED);
    } else {
      other(column, new CellContent.Text(text));
    }
  }

  /** workbook.md: a month name takes its year from the nearest year cell above, at or left. */
  private void monthUnderYear(int column, String text, Month name) {
    OptionalInt year = yearAbove(column);
    if (year.isEmpty()) {
      error(
          column,
          "heading \""
              + text
              + "\" is a month with no year; expected a year such as 2026 in the row above, at or"
              + " to the left of it, or a heading such as "
              + MonthText.show(YearMonth.of(2026, name)));
    } else {
      add(column, YearMonth.of(year.getAsInt(), name));
    }
  }

  private OptionalInt yearAbove(int column) {
    int row = table.headerRow() - 1;
    for (int c = column; row >= 0 && c >= 0; c--) {
      OptionalInt year = yearIn(table.content(row, c));
      if (year.isPresent()) {
        return year;
      }
    }
    return OptionalInt.empty();
  }

  private static OptionalInt yearIn(CellContent content) {
    double number =
        switch (content) {
          case CellContent.Number n -> n.value();
          case CellContent.Text t when t.text().matches("\\d{4}") -> Integer.parseInt(t.text());
          default -> 0;
        };
    return isYear(number) ? OptionalInt.of((int) number) : OptionalInt.empty();
  }

  private static boolean isYear(double number) {
    return number == Math.rint(number)
        && number >= MonthText.FIRST_YEAR
        && number <= MonthText.LAST_YEAR;
  }

  private void add(int column, YearMonth month) {
    Integer first = columnOf.putIfAbsent(month, column);
    if (first != null) {
      error(
          column,
          "month "
              + MonthText.show(month)
              + " appears twice (also "
              + table.at(table.headerRow(), first).place()
              + "); expected each month once");
    } else {
      months.put(column, month);
    }
  }

  private void error(int column, String message) {
    table.sheets().problems().error(table.at(table.headerRow(), column), message);
  }

  private void other(int column, CellContent heading) {
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
                + " is not a month, so this column is ignored; "
                + EXPECTED
                + ", or a descriptive heading such as Name or Notes");
  }
}

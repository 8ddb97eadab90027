package boardpack.read;

import boardpack.model.Id;
import boardpack.model.Source;
import boardpack.model.Value;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * workbook.md, CSV actuals: CSV values merge into the Actuals sheet's; a CSV value for a cell the
 * workbook fills with a different number is a conflict, an error unless the CSV wins.
 */
final class ActualsMerge {

  private ActualsMerge() {}

  static void merge(
      List<ActualsCsvReader.Line> lines,
      MonthlySheetReader.Values actuals,
      Measures measures,
      boolean csvWins,
      Problems problems) {
    for (ActualsCsvReader.Line line : lines) {
      Optional<Id> id = measures.actualsFor(line.id(), line.at(), problems);
      Optional<YearMonth> month = period(line, problems);
      Field field = new Field(line.value(), line.at(), "value");
      Optional<Value> value =
          id.flatMap(known -> ActualValues.actual(field, measures.isMilestone(known), problems));
      if (id.isPresent() && month.isPresent() && value.isPresent()) {
        put(actuals, new Cell(id.get(), month.get(), value.get()), csvWins, problems);
      }
    }
  }

  private record Cell(Id id, YearMonth month, Value value) {}

  private static Optional<YearMonth> period(ActualsCsvReader.Line line, Problems problems) {
    if (line.period().isBlank()) {
      problems.error(line.at(), "period is blank; expected " + CellValues.A_MONTH);
      return Optional.empty();
    }
    return CellValues.month(new Field(line.period(), line.at(), "period"), problems);
  }

  private static void put(
      MonthlySheetReader.Values actuals, Cell cell, boolean csvWins, Problems problems) {
    Optional<Value> existing = actuals.at(cell.id(), cell.month());
    if (existing.isEmpty()) {
      actuals.put(cell.id(), cell.month(), cell.value());
      return;
    }
    Value before = existing.get();
    if (same(before.number(), cell.value().number())) {
      return;
    }
    Source csv = cell.value().source();
    if (isCsv(before.source())) {
      problems.error(
          csv,
          show(cell.value())
              + " conflicts with "
              + before.source().place()
              + " ("
              + show(before)
              + "); expected one value per ID and month");
    } else if (csvWins) {
      actuals.put(cell.id(), cell.month(), cell.value());
      problems.warning(
          before.source(),
          show(before)
              + " is replaced by "
              + csv.place()
              + " ("
              + show(cell.value())
              + "), as the CSV wins");
    } else {
      problems.error(
          before.source(),
          show(before)
              + " conflicts with "
              + csv.place()
              + " ("
              + show(cell.value())
              + "); expected the same value in both, or --csv-wins to let the CSV win");
    }
  }

  /** Equal to nine significant digits: a formula's 1250.0000000001 is the ledger's 1250. */
  static boolean same(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  private static boolean isCsv(Source source) {
    return source instanceof Source.CsvLine;
  }

  private static String show(Value value) {
    return CellValues.show(value.number());
  }
}

package boardpack.write.annotate;

import boardpack.model.Problem;
import boardpack.model.Severity;
import boardpack.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;

/**
 * A problem and the plan cell it marks: its own cell, a row's first cell, a sheet's A1; none for a
 * problem of another file (a CSV ledger), of the whole file, or of a sheet the plan lacks.
 */
record Mark(Problem problem, Optional<String> sheet, Optional<CellAddress> cell) {

  static List<Mark> of(Workbook workbook, String planName, List<Problem> problems) {
    List<Mark> marks = new ArrayList<>();
    for (Problem problem : problems.stream().sorted(Mark::bySeverityThenPlace).toList()) {
      marks.add(of(workbook, planName, problem));
    }
    return marks;
  }

  Severity severity() {
    return problem.severity();
  }

  private static Mark of(Workbook workbook, String planName, Problem problem) {
    Source where = problem.where();
    if (!where.file().equals(planName)) {
      return new Mark(problem, Optional.empty(), Optional.empty());
    }
    Optional<CellAddress> cell =
        switch (where) {
          case Source.Cell c -> inSheet(workbook, c.sheet(), new CellAddress(c.row(), c.column()));
          case Source.Row r -> inSheet(workbook, r.sheet(), firstCell(workbook, r));
          case Source.Sheet s -> inSheet(workbook, s.sheet(), new CellAddress(0, 0));
          case Source.FileWhole f -> Optional.empty();
          case Source.CsvLine l -> Optional.empty();
        };
    Optional<String> sheet = cell.map(c -> sheetName(workbook, where));
    return new Mark(problem, sheet, cell);
  }

  private static Optional<CellAddress> inSheet(Workbook workbook, String sheet, CellAddress cell) {
    return workbook.getSheet(sheet) == null ? Optional.empty() : Optional.of(cell);
  }

  // The row's first cell that exists, else column A.
  private static CellAddress firstCell(Workbook workbook, Source.Row where) {
    Sheet sheet = workbook.getSheet(where.sheet());
    Row row = sheet == null ? null : sheet.getRow(where.row());
    int column = row == null || row.getFirstCellNum() < 0 ? 0 : row.getFirstCellNum();
    return new CellAddress(where.row(), column);
  }

  // The sheet as the workbook spells it (POI finds sheets ignoring case).
  private static String sheetName(Workbook workbook, Source where) {
    String name =
        switch (where) {
          case Source.Cell c -> c.sheet();
          case Source.Row r -> r.sheet();
          case Source.Sheet s -> s.sheet();
          default -> throw new IllegalArgumentException(where.toString());
        };
    return workbook.getSheet(name).getSheetName();
  }

  // Errors first, then warnings, then notes; each in reading order.
  private static int bySeverityThenPlace(Problem a, Problem b) {
    int order = a.severity().compareTo(b.severity());
    return order != 0 ? order : a.compareTo(b);
  }
}

package boardpack.read;

import boardpack.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook being read: its sheets by folded name (workbook.md: "Sheets are found by name,
 * ignoring case, spaces, _ and -"), how its cells are read, and where problems go.
 */
final class Sheets {

  private final String file;
  private final Problems problems;
  private final CellContents cells;
  private final Map<String, List<Sheet>> byName = new HashMap<>();

  Sheets(Workbook workbook, String file, Problems problems) {
    this.file = file;
    this.problems = problems;
    this.cells = new CellContents(workbook);
    for (Sheet sheet : workbook) {
      byName.computeIfAbsent(Folding.fold(sheet.getSheetName()), k -> new ArrayList<>()).add(sheet);
    }
  }

  String file() {
    return file;
  }

  Problems problems() {
    return problems;
  }

  CellContents cells() {
    return cells;
  }

  /** Whether the workbook has a sheet of that name with anything on it. */
  boolean has(String name) {
    return byName.getOrDefault(Folding.fold(name), List.of()).stream()
        .anyMatch(sheet -> !isEmpty(sheet));
  }

  private static boolean isEmpty(Sheet sheet) {
    return sheet.getPhysicalNumberOfRows() == 0;
  }

  /**
   * The table of a sheet, or empty when the sheet is absent (an error if {@code required}) or has
   * no usable header row. An optional sheet with nothing on it counts as absent (a template's empty
   * Commentary sheet, say).
   */
  Optional<SheetTable> table(TableSpec spec, boolean required) {
    Optional<Sheet> sheet = find(spec.sheet()).filter(found -> required || !isEmpty(found));
    if (sheet.isEmpty() && required) {
      problems.error(
          Source.file(file),
          "no "
              + spec.sheet()
              + " sheet; expected a sheet named "
              + spec.sheet()
              + " (case, spaces, _ and - do not matter)");
    }
    return sheet.flatMap(found -> SheetTable.of(this, found, spec));
  }

  private Optional<Sheet> find(String name) {
    List<Sheet> found = byName.getOrDefault(Folding.fold(name), List.of());
    for (Sheet other : found.subList(Math.min(1, found.size()), found.size())) {
      problems.error(
          Source.sheet(file, other.getSheetName()),
          "this sheet and "
              + found.get(0).getSheetName()
              + " both read as the "
              + name
              + " sheet; expected one sheet of that name: rename or delete one");
    }
    return found.stream().findFirst();
  }
}

package boardpack.read;

import boardpack.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workbook being read: its sheets by folded name (workbook.md: "Sheets are found by name,
 * ignoring case, spaces, _ and -"), how its cells are read, and where problems go.
 */
final class Sheets {

  private final String file;
  private final Problems problems;
  private final Map<String, List<SheetGrid>> byName = new HashMap<>();

  Sheets(List<SheetGrid> sheets, String file, Problems problems) {
    this.file = file;
    this.problems = problems;
    for (SheetGrid sheet : sheets) {
      byName.computeIfAbsent(Folding.fold(sheet.name()), k -> new ArrayList<>()).add(sheet);
    }
  }

  String file() {
    return file;
  }

  Problems problems() {
    return problems;
  }

  /** Whether the workbook has a sheet of that name with anything on it. */
  boolean has(String name) {
    return byName.getOrDefault(Folding.fold(name), List.of()).stream()
        .anyMatch(sheet -> !isEmpty(sheet));
  }

  private static boolean isEmpty(SheetGrid sheet) {
    return sheet.isEmpty();
  }

  /**
   * The table of a sheet, or empty when the sheet is absent (an error if {@code required}) or has
   * no usable header row. An optional sheet with nothing on it counts as absent (a template's empty
   * Commentary sheet, say).
   */
  Optional<SheetTable> table(TableSpec spec, boolean required) {
    Optional<SheetGrid> sheet = find(spec.sheet()).filter(found -> required || !isEmpty(found));
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

  private Optional<SheetGrid> find(String name) {
    List<SheetGrid> found = byName.getOrDefault(Folding.fold(name), List.of());
    for (SheetGrid other : found.subList(Math.min(1, found.size()), found.size())) {
      problems.error(
          Source.sheet(file, other.name()),
          "this sheet and "
              + found.get(0).name()
              + " both read as the "
              + name
              + " sheet; expected one sheet of that name: rename or delete one");
    }
    return found.stream().findFirst();
  }
}

package boardpack.read;

import boardpack.model.Source;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * workbook.md, General rules: nothing the author typed is dropped in silence. A heading that is not
 * a column of its sheet is a warning with the nearest known heading; so is a column that holds data
 * under no heading.
 */
final class HeadingCheck {

  /** Headings users keep beside any table for their own words; ignored without a warning. */
  static final List<String> DESCRIPTIVE =
      List.of("Notes", "Note", "Comment", "Comments", "Description", "Remarks");

  private HeadingCheck() {}

  static void unknownHeadings(SheetTable table, TableSpec spec) {
    Set<String> known = new HashSet<>();
    spec.headings().forEach(heading -> known.add(Folding.fold(heading)));
    DESCRIPTIVE.forEach(heading -> known.add(Folding.fold(heading)));
    table
        .headerCells()
        .forEach(
            (column, content) -> {
              Source at = table.at(table.headerRow(), column);
              String text = CellValues.text(new Field(content, at, "heading"), problems(table));
              if (!text.isEmpty() && !known.contains(Folding.fold(text))) {
                problems(table).warning(at, notAColumn(text, table.name(), spec.headings()));
              }
            });
  }

  private static String notAColumn(String heading, String sheet, List<String> known) {
    String start = "heading \"" + heading + "\" is not a column of " + sheet;
    return nearest(heading, known)
        .map(near -> start + "; did you mean " + near + "?")
        .orElse(start + "; its column is ignored; expected one of " + String.join(", ", known));
  }

  private static Problems problems(SheetTable table) {
    return table.sheets().problems();
  }

  /** One warning per column with data below the header but no heading, at its first such cell. */
  static void dataWithoutHeading(SheetTable table, SheetGrid sheet) {
    Set<Integer> headed = table.headerCells().keySet();
    Set<Integer> reported = new HashSet<>();
    for (int r = table.headerRow() + 1; r <= sheet.lastRow(); r++) {
      for (Map.Entry<Integer, CellContent> cell : sheet.row(r).entrySet()) {
        int column = cell.getKey();
        if (!headed.contains(column) && !reported.contains(column) && !cell.getValue().isBlank()) {
          reported.add(column);
          table
              .sheets()
              .problems()
              .warning(
                  table.at(r, column),
                  "this column has data but no heading in row "
                      + (table.headerRow() + 1)
                      + ", so it is ignored; expected a heading, or the data cleared");
        }
      }
    }
  }

  /**
   * The known heading the author most likely meant: the same letters ({@code Direction*}), one
   * starting with the other ({@code Weighting}, {@code Parent objective}), one inside the other, or
   * a near spelling (two edits, more for long words); empty when none is close.
   */
  static Optional<String> nearest(String heading, List<String> known) {
    String wanted = letters(heading);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    Comparator<String> longestFirst = Comparator.comparingInt(k -> -letters(k).length());
    Optional<String> same = known.stream().filter(k -> letters(k).equals(wanted)).findFirst();
    Optional<String> prefix =
        known.stream()
            .filter(k -> letters(k).length() >= 3 && wanted.length() >= 3)
            .filter(k -> wanted.startsWith(letters(k)) || letters(k).startsWith(wanted))
            .min(longestFirst);
    Optional<String> inside =
        known.stream()
            .filter(k -> letters(k).length() >= 3 && wanted.contains(letters(k)))
            .min(longestFirst);
    Optional<String> spelled =
        known.stream()
            .filter(k -> distance(wanted, letters(k)) <= Math.max(2, letters(k).length() / 4))
            .min(Comparator.comparingInt(k -> distance(wanted, letters(k))));
    return same.or(() -> prefix).or(() -> inside).or(() -> spelled);
  }

  private static String letters(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

package boardpack.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a value or a problem came from: a cell of a sheet ({@code Actuals!N7}), a line of a CSV
 * file ({@code ledger.csv:14}), a whole sheet, or a whole file. Later outputs link each figure back
 * to its source and report restated history, so every value read keeps one.
 *
 * @param file the file's name as given by the user (never null)
 * @param sheet the sheet's name, or null for a CSV line or a whole file
 * @param row 0-based row of a sheet, 1-based line of a CSV file, or -1 when not known
 * @param column 0-based column of a sheet, or -1 for a whole row, a CSV line, sheet or file
 */
public record Source(String file, String sheet, int row, int column) implements Comparable<Source> {

  private static final Comparator<Source> ORDER =
      Comparator.<Source, String>comparing(s -> s.file)
          .thenComparing(s -> s.sheet == null ? "" : s.sheet)
          .thenComparingInt(Source::row)
          .thenComparingInt(Source::column);

  public Source {
    Objects.requireNonNull(file, "file");
    if (row < -1 || column < -1) {
      throw new IllegalArgumentException("row and column must be -1 or more");
    }
  }

  public static Source file(String file) {
    return new Source(file, null, -1, -1);
  }

  public static Source sheet(String file, String sheet) {
    return new Source(file, Objects.requireNonNull(sheet, "sheet"), -1, -1);
  }

  public static Source cell(String file, String sheet, int row, int column) {
    return new Source(file, Objects.requireNonNull(sheet, "sheet"), row, column);
  }

  public static Source row(String file, String sheet, int row) {
    return new Source(file, Objects.requireNonNull(sheet, "sheet"), row, -1);
  }

  public static Source line(String file, int line) {
    return new Source(file, null, line, -1);
  }

  public boolean isCell() {
    return sheet != null && row >= 0 && column >= 0;
  }

  /**
   * The place as users read it: {@code KPIs!D7}, {@code 'Key Results'!B3}, {@code ledger.csv:14}.
   */
  public String place() {
    if (sheet == null) {
      return row >= 0 ? file + ":" + row : file;
    }
    String quoted = sheetReference(sheet);
    if (row < 0) {
      return quoted;
    }
    return column < 0 ? quoted + "!" + (row + 1) + ":" + (row + 1) : quoted + "!" + cellName();
  }

  /** The A1 name of a cell without its sheet, for example {@code D7}. */
  public String cellName() {
    return columnName(column) + (row + 1);
  }

  /** Column letters as Excel writes them: 0 is A, 25 is Z, 26 is AA. */
  public static String columnName(int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString();
  }

  // Excel quotes sheet names that are not plain words ('Key Results'!A1), doubling any quote.
  private static String sheetReference(String sheet) {
    boolean plain =
        !sheet.isEmpty()
            && sheet.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')
            && !Character.isDigit(sheet.charAt(0));
    return plain ? sheet : "'" + sheet.replace("'", "''") + "'";
  }

  @Override
  public int compareTo(Source other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return place();
  }
}

package boardpack.model;

import java.util.Objects;

/**
 * Where a value or a problem came from: a cell of a sheet ({@code Actuals!N7}), a row of a sheet, a
 * whole sheet, a line of a CSV file ({@code ledger.csv:14}) or a whole file. Outputs link each
 * figure back to its source and report restated history, so every value read keeps one.
 *
 * <p>Sources order by file, sheet (none first), row or line (none first), then column (none first),
 * so problems list in reading order.
 */
public sealed interface Source extends Comparable<Source>
    permits Source.FileWhole, Source.Sheet, Source.Row, Source.Cell, Source.CsvLine {

  /** The file's name as the user gave it. */
  String file();

  /**
   * The place as users read it and as Excel writes a reference, so a writer can link to it: {@code
   * KPIs!D7}, {@code 'Key Results'!B3}, {@code 'Q1'!A1}, {@code Actuals!3:3} for a whole row, the
   * sheet name alone for a sheet, {@code ledger.csv:14}, the file name alone for a file.
   */
  String place();

  /** A whole file: one that is empty, unreadable or has no sheet the plan needs. */
  record FileWhole(String file) implements Source {

    public FileWhole {
      Objects.requireNonNull(file, "file");
    }

    @Override
    public String place() {
      return file;
    }

    @Override
    public String toString() {
      return place();
    }
  }

  /** A whole sheet of a workbook. */
  record Sheet(String file, String sheet) implements Source {

    public Sheet {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(sheet, "sheet");
    }

    @Override
    public String place() {
      return sheetReference(sheet);
    }

    @Override
    public String toString() {
      return place();
    }
  }

  /**
   * A whole row of a sheet, such as a header row.
   *
   * @param row 0-based, as POI counts; shown 1-based
   */
  record Row(String file, String sheet, int row) implements Source {

    public Row {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(sheet, "sheet");
      if (row < 0) {
        throw new IllegalArgumentException("a row is 0 or more");
      }
    }

    @Override
    public String place() {
      return sheetReference(sheet) + "!" + (row + 1) + ":" + (row + 1);
    }

    @Override
    public String toString() {
      return place();
    }
  }

  /**
   * One cell of a sheet.
   *
   * @param row, column 0-based, as POI counts; shown as Excel names them ({@code D7})
   */
  record Cell(String file, String sheet, int row, int column) implements Source {

    public Cell {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(sheet, "sheet");
      if (row < 0 || column < 0) {
        throw new IllegalArgumentException("a cell's row and column are 0 or more");
      }
    }

    /** The A1 name of the cell without its sheet, for example {@code D7}. */
    public String cellName() {
      return columnName(column) + (row + 1);
    }

    @Override
    public String place() {
      return sheetReference(sheet) + "!" + cellName();
    }

    @Override
    public String toString() {
      return place();
    }
  }

  /**
   * One line of a CSV file.
   *
   * @param line 1-based, as editors count
   */
  record CsvLine(String file, int line) implements Source {

    public CsvLine {
      Objects.requireNonNull(file, "file");
      if (line < 1) {
        throw new IllegalArgumentException("a line is 1 or more");
      }
    }

    @Override
    public String place() {
      return file + ":" + line;
    }

    @Override
    public String toString() {
      return place();
    }
  }

  static Source file(String file) {
    return new FileWhole(file);
  }

  static Source sheet(String file, String sheet) {
    return new Sheet(file, sheet);
  }

  /** A cell; a row or column of -1 (not known) gives the whole row or sheet. */
  static Source cell(String file, String sheet, int row, int column) {
    return column < 0 ? row(file, sheet, row) : new Cell(file, sheet, row, column);
  }

  /** A whole row; a row of -1 (not known) gives the whole sheet. */
  static Source row(String file, String sheet, int row) {
    return row < 0 ? new Sheet(file, sheet) : new Row(file, sheet, row);
  }

  /** A line of a CSV file; a line below 1 (not known) gives the whole file. */
  static Source line(String file, int line) {
    return line < 1 ? new FileWhole(file) : new CsvLine(file, line);
  }

  default boolean isCell() {
    return this instanceof Cell;
  }

  @Override
  default int compareTo(Source other) {
    int order = file().compareTo(other.file());
    if (order == 0) {
      order = sheetOrBlank(this).compareTo(sheetOrBlank(other));
    }
    if (order == 0) {
      order = Integer.compare(lineOrRow(this), lineOrRow(other));
    }
    return order != 0 ? order : Integer.compare(column(this), column(other));
  }

  private static String sheetOrBlank(Source source) {
    return switch (source) {
      case Sheet s -> s.sheet();
      case Row r -> r.sheet();
      case Cell c -> c.sheet();
      case FileWhole f -> "";
      case CsvLine l -> "";
    };
  }

  private static int lineOrRow(Source source) {
    return switch (source) {
      case Row r -> r.row();
      case Cell c -> c.row();
      case CsvLine l -> l.line();
      case FileWhole f -> -1;
      case Sheet s -> -1;
    };
  }

  private static int column(Source source) {
    return source instanceof Cell c ? c.column() : -1;
  }

  /** Column letters as Excel writes them: 0 is A, 25 is Z, 26 is AA. */
  static String columnName(int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString();
  }

  /**
   * A sheet name as it stands before {@code !} in a reference, quoted when Excel needs quotes
   * ({@code 'Q1 plan'}, {@code 'Q1'}, {@code 'TRUE'}), any quote in it doubled. The rule is POI's
   * SheetNameFormatter's, restated so the model needs no POI (a test holds the two together).
   */
  static String sheetReference(String sheet) {
    return SheetNames.needQuotes(sheet) ? "'" + sheet.replace("'", "''") + "'" : sheet;
  }
}

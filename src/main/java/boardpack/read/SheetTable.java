package boardpack.read;

import boardpack.model.Source;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet read as a table: its header row, its columns by folded heading, and its rows
 * (workbook.md, General rules).
 */
final class SheetTable {

  /** workbook.md: the header row is among the first 20 rows. */
  static final int HEADER_SEARCH_ROWS = 20;

  private final Sheets sheets;
  private final SheetGrid sheet;
  private final TableSpec spec;
  private final int headerRow;
  private final int keyRow;
  private final Map<String, List<Integer>> columns = new HashMap<>();
  private final Map<Integer, List<CellRangeAddress>> mergedByRow = new HashMap<>();

  private SheetTable(Sheets sheets, SheetGrid sheet, TableSpec spec, int keyRow, int headerRow) {
    this.sheets = sheets;
    this.sheet = sheet;
    this.spec = spec;
    this.headerRow = headerRow;
    this.keyRow = keyRow;
    headerCells()
        .forEach(
            (column, content) -> {
              if (content instanceof CellContent.Text heading) {
                columns
                    .computeIfAbsent(Folding.fold(heading.text()), k -> new ArrayList<>())
                    .add(column);
              }
            });
    indexMergedRegions();
  }

  /** The table, or empty (reported) when no header row is found or a required column is missing. */
  static Optional<SheetTable> of(Sheets sheets, SheetGrid sheet, TableSpec spec) {
    OptionalInt header = headerRow(sheet, spec.key());
    if (header.isEmpty()) {
      sheets
          .problems()
          .error(
              Source.sheet(sheets.file(), sheet.name()),
              "no header row with "
                  + spec.key()
                  + " in the first "
                  + HEADER_SEARCH_ROWS
                  + " rows; expected a row whose cells include "
                  + spec.key());
      return Optional.empty();
    }
    int keyRow = header.getAsInt();
    int headings = spec.monthColumns() ? TwoRowHeader.monthRow(sheet, keyRow, spec.key()) : keyRow;
    SheetTable table = new SheetTable(sheets, sheet, spec, keyRow, headings);
    if (!spec.monthColumns()) {
      HeadingCheck.unknownHeadings(table, spec);
    }
    HeadingCheck.dataWithoutHeading(table, sheet);
    return table.checkHeadings() ? Optional.of(table) : Optional.empty();
  }

  private static OptionalInt headerRow(SheetGrid sheet, String key) {
    String folded = Folding.fold(key);
    for (int r = 0; r < HEADER_SEARCH_ROWS; r++) {
      for (CellContent content : sheet.row(r).values()) {
        if (content instanceof CellContent.Text text && Folding.fold(text.text()).equals(folded)) {
          return OptionalInt.of(r);
        }
      }
    }
    return OptionalInt.empty();
  }

  private boolean checkHeadings() {
    boolean usable = true;
    for (String heading : spec.headings()) {
      List<Integer> found = columns.getOrDefault(Folding.fold(heading), List.of());
      if (found.isEmpty() && spec.required().contains(heading)) {
        sheets
            .problems()
            .error(
                Source.row(sheets.file(), name(), headerRow),
                "missing required column "
                    + heading
                    + "; expected a column headed "
                    + heading
                    + " in the header row");
        usable = false;
      }
      for (int column : found.subList(Math.min(1, found.size()), found.size())) {
        sheets
            .problems()
            .error(
                at(headerRow, column),
                "column "
                    + heading
                    + " appears twice (also "
                    + at(headerRow, found.get(0)).place()
                    + "); expected each column once");
      }
    }
    return usable;
  }

  String name() {
    return sheet.name();
  }

  String keyHeading() {
    return spec.key();
  }

  Sheets sheets() {
    return sheets;
  }

  int headerRow() {
    return headerRow;
  }

  OptionalInt column(String heading) {
    List<Integer> found = columns.getOrDefault(Folding.fold(heading), List.of());
    return found.isEmpty() ? OptionalInt.empty() : OptionalInt.of(found.get(0));
  }

  /** The columns of the spec's headings that the sheet has. */
  List<Integer> knownColumns() {
    return spec.headings().stream()
        .map(this::column)
        .filter(OptionalInt::isPresent)
        .map(OptionalInt::getAsInt)
        .toList();
  }

  /**
   * Every non-blank header cell by column, merged cells not spread (a heading names one column).
   */
  TreeMap<Integer, CellContent> headerCells() {
    TreeMap<Integer, CellContent> cells = cellsOf(headerRow);
    if (keyRow != headerRow) {
      cellsOf(keyRow).forEach(cells::putIfAbsent);
    }
    return cells;
  }

  private TreeMap<Integer, CellContent> cellsOf(int rowIndex) {
    TreeMap<Integer, CellContent> cells = new TreeMap<>();
    sheet
        .row(rowIndex)
        .forEach(
            (column, content) -> {
              if (!content.isBlank()) {
                cells.put(column, content);
              }
            });
    return cells;
  }

  Source at(int row, int column) {
    return Source.cell(sheets.file(), name(), row, column);
  }

  /** workbook.md: merged cells read as their top-left value. */
  CellContent content(int rowIndex, int column) {
    CellContent content = sheet.cell(rowIndex, column);
    if (content == null) {
      for (CellRangeAddress region : mergedByRow.getOrDefault(rowIndex, List.of())) {
        if (region.isInRange(rowIndex, column)) {
          content = sheet.cell(region.getFirstRow(), region.getFirstColumn());
          break;
        }
      }
    }
    return content == null ? CellContent.BLANK : content;
  }

  /**
   * The data rows below the header: fully blank rows skipped (blank in every column of {@code
   * data}); a row with data but no key is an error and left out.
   */
  List<TableRow> rows(Collection<Integer> data) {
    int key = column(spec.key()).orElseThrow();
    List<TableRow> rows = new ArrayList<>();
    for (int r = headerRow + 1; r <= sheet.lastRow(); r++) {
      if (!sheet.hasRow(r) && !mergedByRow.containsKey(r)) {
        continue;
      }
      TableRow row = new TableRow(this, r);
      if (data.stream().allMatch(column -> row.content(column).isBlank())) {
        continue;
      }
      keyOf(row, key).ifPresent(text -> rows.add(row.keyed(text)));
    }
    return rows;
  }

  private Optional<String> keyOf(TableRow row, int key) {
    Field field = new Field(row.content(key), at(row.index(), key), spec.key());
    if (field.content().isBlank()) {
      sheets
          .problems()
          .error(
              field.at(),
              "row "
                  + (row.index() + 1)
                  + " has data but no "
                  + spec.key()
                  + "; expected "
                  + spec.key()
                  + " filled in, or the row cleared");
      return Optional.empty();
    }
    return CellValues.idText(field, sheets.problems());
  }

  private void indexMergedRegions() {
    int last = sheet.lastRow();
    for (CellRangeAddress region : sheet.mergedRegions()) {
      int lastRow = Math.min(region.getLastRow(), last);
      // From the row above the header: a merged year over month names (MonthColumns).
      for (int r = Math.max(region.getFirstRow(), headerRow - 1); r <= lastRow; r++) {
        mergedByRow.computeIfAbsent(r, k -> new ArrayList<>()).add(region);
      }
    }
  }
}

package boardpack.write.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One sheet of a plan workbook: a title row and a note row above the header, as finance workbooks
 * have them. A cell is a String, a {@link Num}, a Number, a YearMonth or null (blank).
 *
 * @param widths column widths in characters, one per header
 * @param frozenColumns columns kept in view when scrolling right
 */
record Table(
    String sheet,
    String title,
    String note,
    List<Object> headers,
    List<Integer> widths,
    List<List<Object>> rows,
    int frozenColumns) {

  Table {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(note, "note");
    headers = List.copyOf(headers);
    widths = List.copyOf(widths);
    rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
    if (widths.size() != headers.size()) {
      throw new IllegalArgumentException(title + ": one width per header");
    }
  }

  /** A row that may hold blanks (List.of rejects nulls). */
  static List<Object> row(Object... cells) {
    List<Object> row = new ArrayList<>(cells.length);
    Collections.addAll(row, cells);
    return row;
  }
}

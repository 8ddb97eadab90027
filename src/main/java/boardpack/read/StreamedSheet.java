package boardpack.read;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;

/** A sheet streamed from a .xlsx: its cells' contents, read once, and its merged regions. */
record StreamedSheet(
    String name,
    TreeMap<Integer, TreeMap<Integer, CellContent>> rows,
    List<CellRangeAddress> mergedRegions)
    implements SheetGrid {

  @Override
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  @Override
  public int lastRow() {
    return rows.isEmpty() ? -1 : rows.lastKey();
  }

  @Override
  public boolean hasRow(int row) {
    return rows.containsKey(row);
  }

  @Override
  public SortedMap<Integer, CellContent> row(int row) {
    TreeMap<Integer, CellContent> cells = rows.get(row);
    return cells == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(cells);
  }

  @Override
  public CellContent cell(int row, int column) {
    TreeMap<Integer, CellContent> cells = rows.get(row);
    return cells == null ? null : cells.get(column);
  }
}

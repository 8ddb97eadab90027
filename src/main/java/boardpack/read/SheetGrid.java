package boardpack.read;

import java.util.List;
import java.util.SortedMap;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet as rows of cell contents, whichever way it was read: streamed from a .xlsx ({@link
 * StreamedSheet}) or from POI's object model ({@link PoiSheetGrid}, for .xls and the fallback), so
 * that every rule of the readers lives in one place.
 */
interface SheetGrid {

  String name();

  /** Whether the sheet has no row at all (a row of empty cells counts as a row). */
  boolean isEmpty();

  /** The 0-based index of the last row, or -1 when there is none. */
  int lastRow();

  boolean hasRow(int row);

  /** The cells of a row that hold a value, by column (cells with no value are left out). */
  SortedMap<Integer, CellContent> row(int row);

  /** The content of a cell that holds a value, or null for no cell or a cell with no value. */
  CellContent cell(int row, int column);

  List<CellRangeAddress> mergedRegions();
}

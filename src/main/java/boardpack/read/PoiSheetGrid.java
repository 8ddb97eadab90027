package boardpack.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet of a workbook loaded as POI objects (.xls, a workbook built in memory, or a .xlsx whose
 * formulas need evaluating); each cell is turned into its content when asked for, as formulas are
 * evaluated only when a reader needs them.
 */
final class PoiSheetGrid implements SheetGrid {

  private final Sheet sheet;
  private final CellContents cells;

  private PoiSheetGrid(Sheet sheet, CellContents cells) {
    this.sheet = sheet;
    this.cells = cells;
  }

  /** Every sheet of the workbook, in order, sharing one formula evaluator. */
  static List<SheetGrid> of(Workbook workbook) {
    CellContents cells = new CellContents(workbook);
    List<SheetGrid> grids = new ArrayList<>();
    for (Sheet sheet : workbook) {
      grids.add(new PoiSheetGrid(sheet, cells));
    }
    return grids;
  }

  @Override
  public String name() {
    return sheet.getSheetName();
  }

  @Override
  public boolean isEmpty() {
    return sheet.getPhysicalNumberOfRows() == 0;
  }

  @Override
  public int lastRow() {
    return sheet.getLastRowNum();
  }

  @Override
  public boolean hasRow(int row) {
    return sheet.getRow(row) != null;
  }

  @Override
  public SortedMap<Integer, CellContent> row(int rowIndex) {
    Row row = sheet.getRow(rowIndex);
    if (row == null) {
      return Collections.emptySortedMap();
    }
    SortedMap<Integer, CellContent> contents = new TreeMap<>();
    for (Cell cell : row) {
      if (cell.getCellType() != CellType.BLANK) {
        contents.put(cell.getColumnIndex(), cells.of(cell));
      }
    }
    return contents;
  }

  @Override
  public CellContent cell(int rowIndex, int column) {
    Row row = sheet.getRow(rowIndex);
    Cell cell = row == null ? null : row.getCell(column);
    return cell == null || cell.getCellType() == CellType.BLANK ? null : cells.of(cell);
  }

  @Override
  public List<CellRangeAddress> mergedRegions() {
    return sheet.getMergedRegions();
  }
}

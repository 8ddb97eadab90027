package boardpack.read;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Targets and Actuals often carry a year band in the ID row and the month names in the row below it
 * (ID and Name merged down over both rows). Then the months row is the header row, its year row the
 * ID row above, and the ID row's own headings fill the columns the months row leaves blank.
 */
final class TwoRowHeader {

  private TwoRowHeader() {}

  /**
   * The row whose cells are the month headings: the row below {@code keyRow} when its key column is
   * blank and it holds a month or a month name, else {@code keyRow} itself.
   */
  static int monthRow(Sheets sheets, Sheet sheet, int keyRow, String key) {
    int keyColumn = keyColumn(sheets, sheet.getRow(keyRow), key);
    Row below = sheet.getRow(keyRow + 1);
    boolean anyMonth = false;
    for (Cell cell : below == null ? List.<Cell>of() : below) {
      CellContent content = sheets.cells().of(cell);
      if (cell.getColumnIndex() == keyColumn && !content.isBlank()) {
        return keyRow;
      }
      anyMonth |= isMonth(content);
    }
    return anyMonth ? keyRow + 1 : keyRow;
  }

  private static int keyColumn(Sheets sheets, Row row, String key) {
    String folded = Folding.fold(key);
    for (Cell cell : row) {
      if (sheets.cells().of(cell) instanceof CellContent.Text text
          && Folding.fold(text.text()).equals(folded)) {
        return cell.getColumnIndex();
      }
    }
    return -1;
  }

  private static boolean isMonth(CellContent content) {
    return switch (content) {
      case CellContent.Date date -> true;
      case CellContent.Text text ->
          MonthText.monthName(text.text().replaceAll("\\.$", "")).isPresent()
              || MonthText.parse(text.text()).isPresent();
      default -> false;
    };
  }
}

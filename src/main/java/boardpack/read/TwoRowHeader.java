package boardpack.read;

import java.util.Map;

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
  static int monthRow(SheetGrid sheet, int keyRow, String key) {
    int keyColumn = keyColumn(sheet.row(keyRow), key);
    boolean anyMonth = false;
    for (Map.Entry<Integer, CellContent> cell : sheet.row(keyRow + 1).entrySet()) {
      CellContent content = cell.getValue();
      if (cell.getKey() == keyColumn && !content.isBlank()) {
        return keyRow;
      }
      anyMonth |= isMonth(content);
    }
    return anyMonth ? keyRow + 1 : keyRow;
  }

  private static int keyColumn(Map<Integer, CellContent> row, String key) {
    String folded = Folding.fold(key);
    for (Map.Entry<Integer, CellContent> cell : row.entrySet()) {
      if (cell.getValue() instanceof CellContent.Text text
          && Folding.fold(text.text()).equals(folded)) {
        return cell.getKey();
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

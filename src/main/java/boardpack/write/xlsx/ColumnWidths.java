package boardpack.write.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * How wide each column's content is, tracked as cells are written (streamed rows are gone by the
 * end), and how many lines a wrapped text needs. Long-text columns are capped so they wrap.
 */
final class ColumnWidths {

  private static final int MAX_WIDTH = 60;
  private static final int MIN_WIDTH = 4;

  private final Map<Integer, Integer> widthByColumn = new HashMap<>();
  private final Map<Integer, Integer> capByColumn = new HashMap<>();
  private final DataFormatter formatter = new DataFormatter();

  void cap(int column, int characters) {
    capByColumn.put(column, characters);
  }

  void text(int column, String text) {
    int longestLine = 0;
    for (String line : text.split("\n")) {
      longestLine = Math.max(longestLine, line.length());
    }
    fit(column, longestLine);
  }

  /** A number as its format shows it: {@code £1,234,567}. */
  void number(int column, double value, CellStyle style) {
    String shown =
        formatter.formatRawCellContents(value, style.getDataFormat(), style.getDataFormatString());
    fit(column, shown.length() + 1);
  }

  void fit(int column, int characters) {
    int capped = Math.min(characters, capByColumn.getOrDefault(column, MAX_WIDTH));
    widthByColumn.merge(column, capped, Math::max);
  }

  /** The lines {@code text} wraps to in {@code column}. */
  int lines(int column, String text) {
    // A column of n character widths holds about 1.2 n characters of proportional text.
    int width = Math.max(MIN_WIDTH, capByColumn.getOrDefault(column, MAX_WIDTH) * 6 / 5);
    int lines = 0;
    for (String line : text.split("\n", -1)) {
      lines += Math.max(1, (line.length() + width - 1) / width);
    }
    return lines;
  }

  void applyTo(Sheet sheet) {
    for (Map.Entry<Integer, Integer> width : widthByColumn.entrySet()) {
      int characters = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width.getValue()));
      sheet.setColumnWidth(width.getKey(), (characters + 2) * 256);
    }
  }
}

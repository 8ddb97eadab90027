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
  private static final short GENERAL = 0;

  private final Map<Integer, Integer> widthByColumn = new HashMap<>();
  private final Map<Integer, Integer> capByColumn = new HashMap<>();
  private final Map<Integer, Map<Short, Extremes>> numbersByColumn = new HashMap<>();
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

  /**
   * A number as its format shows it: {@code £1,234,567}. A format shows a larger magnitude in at
   * least as many characters, so only each column's and style's largest and most negative numbers
   * are formatted, once, in {@link #applyTo} (formatting every cell was a tenth of the workbook).
   * General is the exception (0.000123 shows longer than 1), so each of its numbers is formatted.
   */
  void number(int column, double value, CellStyle style) {
    if (style.getDataFormat() == GENERAL) {
      String shown = formatter.formatRawCellContents(value, GENERAL, style.getDataFormatString());
      fit(column, shown.length() + 1);
      return;
    }
    numbersByColumn
        .computeIfAbsent(column, c -> new HashMap<>())
        .computeIfAbsent(style.getIndex(), i -> new Extremes(style))
        .add(value);
  }

  /** The numbers of one column in one style that show longest. */
  private static final class Extremes {
    private final short format;
    private final String formatString;
    private double largest = Double.NaN;
    private double mostNegative = Double.NaN;

    Extremes(CellStyle style) {
      this.format = style.getDataFormat();
      this.formatString = style.getDataFormatString();
    }

    void add(double value) {
      if (value >= 0 && !(value <= largest)) {
        largest = value;
      } else if (value < 0 && !(value >= mostNegative)) {
        mostNegative = value;
      }
    }

    int longest(DataFormatter formatter) {
      int longest = 0;
      for (double value : new double[] {largest, mostNegative}) {
        if (!Double.isNaN(value)) {
          longest =
              Math.max(
                  longest, formatter.formatRawCellContents(value, format, formatString).length());
        }
      }
      return longest;
    }
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
    numbersByColumn.forEach(
        (column, byStyle) ->
            byStyle.values().forEach(numbers -> fit(column, numbers.longest(formatter) + 1)));
    numbersByColumn.clear();
    for (Map.Entry<Integer, Integer> width : widthByColumn.entrySet()) {
      int characters = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width.getValue()));
      sheet.setColumnWidth(width.getKey(), (characters + 2) * 256);
    }
  }
}

package boardpack.read;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Turns a streamed .xlsx cell (its type and style attributes, its {@code <v>} and inline text) into
 * {@link CellContent}, exactly as {@link CellContents} reads the same cell through POI's objects. A
 * formula with no usable saved result cannot be read this way: it needs POI's evaluator.
 */
final class StreamedCells {

  /** A formula to evaluate: the workbook is read through POI's object model instead. */
  static final class NeedsEvaluation extends Exception {
    NeedsEvaluation() {
      super("a formula needs evaluating", null, false, false);
    }
  }

  private final SharedStrings strings;
  private final StylesTable styles;
  private final boolean date1904;
  private final boolean cacheUntrusted;
  private final Map<Integer, Boolean> dateStyles = new HashMap<>();
  private final Map<Integer, CellContent> sharedContents = new HashMap<>();

  /**
   * @param cacheUntrusted the workbook asks to be recalculated on load, so no saved formula result
   *     is trusted (see {@link CellContents})
   */
  StreamedCells(
      SharedStrings strings, StylesTable styles, boolean date1904, boolean cacheUntrusted) {
    this.strings = strings;
    this.styles = styles;
    this.date1904 = date1904;
    this.cacheUntrusted = cacheUntrusted;
  }

  /**
   * The content of a cell, or null for a cell with no value.
   *
   * @param type the {@code t} attribute, or null
   * @param style the {@code s} attribute, or null
   * @param value the text of {@code <v>}, or null when there is none
   * @param inline the text of {@code <is>}, or null when there is none
   */
  CellContent of(String type, String style, boolean formula, String value, String inline)
      throws NeedsEvaluation {
    if (formula && (value == null || value.isEmpty() || cacheUntrusted)) {
      throw new NeedsEvaluation();
    }
    try {
      return formula ? cached(type, style, value) : stored(type, style, value, inline);
    } catch (RuntimeException e) {
      return CellContents.unreadable(value);
    }
  }

  // As XSSFCell: t="b", "e", "s", "inlineStr", "str" or a number (no t, or t="n").
  private CellContent stored(String type, String style, String value, String inline) {
    return switch (type == null ? "n" : type) {
      case "b" -> new CellContent.Bool("1".equals(value));
      case "e" -> error(value);
      case "s" -> value == null ? CellContent.BLANK : sharedString(Integer.parseInt(value));
      case "inlineStr" -> text(inline != null ? inline : value);
      case "str" -> text(value);
      case "n" -> value == null ? null : number(value, style);
      default -> throw new IllegalStateException("cell type " + type);
    };
  }

  // A formula's saved result: its type is t's, a string's text is <v> itself.
  private CellContent cached(String type, String style, String value) {
    return switch (type == null ? "n" : type) {
      case "b" -> new CellContent.Bool("1".equals(value));
      case "e" -> error(value);
      case "s", "inlineStr", "str" -> text(value);
      default -> number(value, style);
    };
  }

  // Shared strings repeat (owners, units, words): each is turned into its content once.
  private CellContent sharedString(int index) {
    return sharedContents.computeIfAbsent(
        index, i -> CellContent.text(strings.getItemAt(i).getString()));
  }

  /** Text as POI gives it: escapes such as {@code _x000D_} decoded. */
  private static CellContent text(String raw) {
    if (raw == null) {
      return CellContent.BLANK;
    }
    return CellContent.text(raw.contains("_x") ? new XSSFRichTextString(raw).getString() : raw);
  }

  private static CellContent error(String value) {
    return CellContents.errorValue(value == null ? 0 : FormulaError.forString(value).getCode());
  }

  private CellContent number(String value, String style) {
    double number = value.isEmpty() ? 0.0 : Double.parseDouble(value);
    return CellContents.number(number, isDateStyle(style), date1904);
  }

  private boolean isDateStyle(String style) {
    if (styles == null || styles.getNumCellStyles() == 0) {
      return false;
    }
    int index = style == null ? 0 : Math.toIntExact(Long.parseLong(style));
    return dateStyles.computeIfAbsent(
        index, i -> CellContents.isDateFormatted(styles.getStyleAt(i)));
  }
}

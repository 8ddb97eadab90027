package boardpack.write.csv;

import boardpack.model.Figure;
import boardpack.model.Status;
import boardpack.model.Strength;
import boardpack.model.TrendDirection;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One CSV field from one model value, as outputs.md (CSV) spells it. Formats only; never computes.
 */
final class CsvCells {

  private static final String EMPTY = "";

  private CsvCells() {}

  /**
   * Plain decimal with a dot, the shortest text that reads back as the same double; absent is
   * empty.
   */
  static String number(Figure figure) {
    return figure.isPresent() ? number(figure.value()) : EMPTY;
  }

  static String number(double value) {
    if (value == 0) {
      return "0"; // also -0.0, which would otherwise print as "-0"
    }
    // Double.toString is the shortest exact representation; BigDecimal drops its exponent.
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  static String number(Optional<Integer> value) {
    return value.map(String::valueOf).orElse(EMPTY);
  }

  static String status(Status status) {
    return status.word();
  }

  static String trend(Optional<TrendDirection> direction) {
    return direction.map(TrendDirection::word).orElse(EMPTY);
  }

  static String strength(Optional<Strength> strength) {
    return strength.map(Strength::word).orElse(EMPTY);
  }

  static String flag(boolean flag) {
    return String.valueOf(flag);
  }

  /**
   * Text a spreadsheet would take for a formula (outputs.md: "begins with =, +, -, @, tab or
   * carriage return") gets a leading apostrophe, which spreadsheets show as text.
   */
  static String text(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean formulaLike =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formulaLike ? "'" + text : text;
  }
}

package boardpack.write.pdf;

import boardpack.model.Figure;
import boardpack.model.Unit;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Figures as a board reads them; display only, the engine's values are never rounded for use.
 * Thousands separators, no more decimals than a decision needs (amounts of 1,000 or more whole,
 * smaller ones to 0.01, rates to 0.1%), a true minus sign, the currency symbol in front.
 */
final class Numbers {

  static final String DASH = "\u2013";
  private static final String MINUS = "\u2212";

  private Numbers() {}

  /**
   * A value in its KPI's unit: {@code 12.3%}, {@code £1,234,567}, {@code £28.40}, {@code CHF
   * 1,200}; a unit that is a word ({@code days}) is left to the KPI's name line, so figures stay
   * short in a column.
   */
  static String value(double value, Unit unit) {
    if (unit.isPercent()) {
      return percent(value);
    }
    String number = plain(Math.abs(value));
    String sign = value < 0 && !number.matches("[0.,]*") ? MINUS : "";
    if (!unit.isCurrency()) {
      return sign + number;
    }
    // pence too below 1,000, the same on every small amount
    String amount = Math.abs(value) < 1000 ? format("#,##0.00", Math.abs(value)) : number;
    return sign
        + unit.symbol().map(symbol -> symbol + amount).orElse(unit.text() + "\u00A0" + amount);
  }

  /** A figure in its unit, or a dash when absent (its reason is given elsewhere on the page). */
  static String value(Figure figure, Unit unit) {
    return figure.isPresent() ? value(figure.value(), unit) : DASH;
  }

  /** A fraction as a percentage to 0.1: 0.1234 is {@code 12.3%}. */
  static String percent(double fraction) {
    String number = format("#,##0.0", Math.abs(fraction) * 100);
    String sign = fraction < 0 && !number.equals("0.0") ? MINUS : "";
    return sign + number + "%";
  }

  static String percent(Figure figure) {
    return figure.isPresent() ? percent(figure.value()) : DASH;
  }

  /**
   * A variance signed by its effect, finance's B/(W): favourable as {@code +4.0%}, adverse in
   * brackets as {@code (3.1%)}.
   */
  static String variancePercent(double favourableFraction) {
    String number = format("#,##0.0", Math.abs(favourableFraction) * 100) + "%";
    return favourableFraction < 0 ? "(" + number + ")" : "+" + number;
  }

  /** An amount variance signed by effect, in the KPI's unit, brackets when adverse. */
  static String variance(double favourable, Unit unit) {
    String number = value(Math.abs(favourable), unit);
    return favourable < 0 ? "(" + number + ")" : "+" + number;
  }

  /** A plain number: whole from 1,000 up, else to at most two decimals; 1e15 up as 1.2E17. */
  static String plain(double value) {
    if (Math.abs(value) >= 1e15) {
      return format("0.###E0", value); // beyond any plan's amounts; keeps the cell one line
    }
    return Math.abs(value) >= 1000 ? format("#,##0", value) : format("#,##0.##", value);
  }

  /** A correlation coefficient to two decimals. */
  static String coefficient(double r) {
    String number = format("0.00", Math.abs(r));
    return (r < 0 ? MINUS : "") + number;
  }

  private static String format(String pattern, double value) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
  }
}

package boardpack.read;

import boardpack.model.Value;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Parses cell contents into numbers, months, IDs and text, reporting what was found and what was
 * expected when a content does not fit (workbook.md: Numbers, Months, IDs).
 */
final class CellValues {

  static final String A_NUMBER = "a number such as 1234.5 or 12%";
  static final String A_MONTH = "a month such as Oct 2026, October 2026, Oct-26, 2026-10 or a date";
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile(
          "[+-]?(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  /** The largest number a cell can hold (workbook.md: beyond it is an error). */
  static final String LARGEST = "1.7976931348623157E308";

  private CellValues() {}

  /** A number, or empty when blank or not a number (then reported). */
  static Optional<Value> number(Field field, Problems problems) {
    return switch (field.content()) {
      case CellContent.Blank blank -> Optional.empty();
      case CellContent.Number n -> finite(n.value(), field, problems);
      case CellContent.Date d -> dateAsNumber(d, field, problems);
      case CellContent.Text t -> textNumber(t.text(), field, problems);
      case CellContent.Bool b -> notA(field, "a number", A_NUMBER, problems);
      case CellContent.Failure f -> notA(field, "a number", A_NUMBER, problems);
    };
  }

  /** A month, or empty when blank or not a month (then reported). */
  static Optional<YearMonth> month(Field field, Problems problems) {
    if (field.content().isBlank()) {
      return Optional.empty();
    }
    Optional<YearMonth> month = monthOf(field.content());
    if (month.isEmpty()) {
      notA(field, "a month", A_MONTH, problems);
    }
    return month;
  }

  /** The month a content stands for, without reporting: date cells by their month, or text. */
  static Optional<YearMonth> monthOf(CellContent content) {
    return switch (content) {
      case CellContent.Date d -> Optional.of(YearMonth.from(d.date()));
      case CellContent.Text t -> MonthText.parse(t.text());
      default -> Optional.empty();
    };
  }

  /** An ID's text: numeric 101 is "101", never "101.0" (workbook.md: IDs). Empty when blank. */
  static Optional<String> idText(Field field, Problems problems) {
    if (field.content() instanceof CellContent.Failure) {
      return notA(field, "an ID", "an ID", problems);
    }
    return Optional.of(text(field, problems)).filter(text -> !text.isEmpty());
  }

  /** Text as the user sees it; numbers without a trailing ".0"; "" when blank. */
  static String text(Field field, Problems problems) {
    return switch (field.content()) {
      case CellContent.Blank blank -> "";
      case CellContent.Text t -> t.text();
      case CellContent.Number n -> show(n.value());
      case CellContent.Date d -> d.date().toString();
      case CellContent.Bool b -> b.value() ? "TRUE" : "FALSE";
      case CellContent.Failure f -> {
        notA(field, "text", "text", problems);
        yield "";
      }
    };
  }

  /** workbook.md: text that is a plain number (1234.5, -12, 1,234.5) or a percentage (12%). */
  static OptionalDouble parseNumber(String text) {
    String number = text.strip();
    boolean percent = number.endsWith("%");
    if (percent) {
      number = number.substring(0, number.length() - 1).strip();
    }
    if (!PLAIN_NUMBER.matcher(number).matches()) {
      return OptionalDouble.empty();
    }
    String digits = number.replace(",", "");
    try {
      // BigDecimal so that "33.3%" is exactly the double nearest 0.333, as Excel stores it.
      BigDecimal exact = new BigDecimal(digits);
      return OptionalDouble.of((percent ? exact.movePointLeft(2) : exact).doubleValue());
    } catch (NumberFormatException exponentBeyondInt) {
      // 1e9999999999: BigDecimal's exponent overflows; a double says infinity (or 0) instead.
      return OptionalDouble.of(Double.parseDouble(digits) / (percent ? 100 : 1));
    }
  }

  /** How messages show a number: 1200, 0.75, -12.5. */
  static String show(double number) {
    if (!Double.isFinite(number)) {
      return Double.isNaN(number) ? "not a number" : (number > 0 ? "" : "-") + "infinity";
    }
    if (number == Math.rint(number) && Math.abs(number) < 1e15) {
      return Long.toString((long) number);
    }
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }

  private static Optional<Value> textNumber(String text, Field field, Problems problems) {
    OptionalDouble parsed = parseNumber(text);
    if (parsed.isEmpty()) {
      return notA(field, "a number", A_NUMBER, problems);
    }
    return finite(parsed.getAsDouble(), field, problems);
  }

  /** workbook.md: a number too large to hold (beyond ±1.7976931348623157E308) is an error. */
  private static Optional<Value> finite(double number, Field field, Problems problems) {
    if (Double.isFinite(number)) {
      return Optional.of(new Value(number, field.at()));
    }
    problems.error(
        field.at(),
        field.what()
            + found(field.content())
            + " is too large to hold; expected a number between -"
            + LARGEST
            + " and "
            + LARGEST);
    return Optional.empty();
  }

  /**
   * workbook.md: a date where a number is expected is a warning showing both; the number Excel
   * stores is read (Excel turns 6/1 typed into a date).
   */
  private static Optional<Value> dateAsNumber(
      CellContent.Date date, Field field, Problems problems) {
    problems.warning(
        field.at(),
        field.what()
            + " is the date "
            + date.date()
            + ", read as the number "
            + show(date.serial())
            + " that Excel stores for it; expected a number: if you typed a number such as 6/1,"
            + " Excel made it a date, so format the cell as a number and retype it");
    return Optional.of(new Value(date.serial(), field.at()));
  }

  private static String found(CellContent content) {
    return content instanceof CellContent.Text t ? " \"" + t.text() + "\"" : "";
  }

  /**
   * Reports a field that is not what it should be, saying what was found: {@code annual target
   * "abc" is not a number; expected ...}, or for an error value {@code actual is the error #N/A;
   * expected ...}.
   */
  static <T> Optional<T> notA(Field field, String noun, String expected, Problems problems) {
    String found =
        switch (field.content()) {
          case CellContent.Failure f -> "is " + f.found();
          case CellContent.Blank blank -> "is blank";
          case CellContent.Text t -> "\"" + t.text() + "\" is not " + noun;
          case CellContent.Number n -> show(n.value()) + " is not " + noun;
          case CellContent.Date d -> d.date() + " is not " + noun;
          case CellContent.Bool b -> (b.value() ? "TRUE" : "FALSE") + " is not " + noun;
        };
    String fix =
        field.content() instanceof CellContent.Failure f && !f.fix().isEmpty()
            ? " (" + f.fix() + ")"
            : "";
    problems.error(field.at(), field.what() + " " + found + "; expected " + expected + fix);
    return Optional.empty();
  }
}

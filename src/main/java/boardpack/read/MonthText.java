package boardpack.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * workbook.md, Months: the text forms {@code 2026-10}, {@code 2026-10-01}, {@code 2026/10}, {@code
 * 10/2026}, {@code Oct 2026}, {@code Sept 2026}, {@code October 2026}, {@code Oct-26} and {@code
 * Oct.26}; also {@code 2026 Oct}, {@code 01-Oct-2026} (Excel's dd-mmm-yyyy) and {@code 2026-10-01
 * 00:00:00} (a date and time as scripts write them).
 */
final class MonthText {

  private static final String SEPARATORS = "[\\s\\-/.',]*";
  private static final Pattern YEAR_FIRST =
      Pattern.compile(
          "(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?)?");
  private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
  private static final Pattern NAMED =
      Pattern.compile("(?:(\\d{1,2})[\\s\\-/.]+)?(\\p{L}+)" + SEPARATORS + "(\\d{2}|\\d{4})");
  private static final Pattern YEAR_NAMED =
      Pattern.compile("(\\d{4})" + SEPARATORS + "(\\p{L}+)\\.?");
  private static final Map<String, Month> NAMES = names();

  /** Years a plan can mean; Jan 1000 or Oct 9999 is a slip, not a month (Excel's own range). */
  static final int FIRST_YEAR = 1900;

  static final int LAST_YEAR = 2999;

  private MonthText() {}

  static Optional<YearMonth> parse(String text) {
    String trimmed = text.strip();
    Matcher matcher = YEAR_FIRST.matcher(trimmed);
    if (matcher.matches()) {
      return of(matcher.group(1), matcher.group(2), matcher.group(3));
    }
    matcher = MONTH_FIRST.matcher(trimmed);
    if (matcher.matches()) {
      return of(matcher.group(2), matcher.group(1), null);
    }
    matcher = NAMED.matcher(trimmed);
    if (matcher.matches()) {
      return named(matcher.group(2), matcher.group(3), matcher.group(1));
    }
    matcher = YEAR_NAMED.matcher(trimmed);
    if (matcher.matches()) {
      return named(matcher.group(2), matcher.group(1), null);
    }
    return Optional.empty();
  }

  /** A month's English name, full or three letters ({@code Sept} too), any case. */
  static Optional<Month> monthName(String text) {
    return Optional.ofNullable(NAMES.get(text.strip().toLowerCase(Locale.ROOT)));
  }

  // Oct-26 is how Excel shows mmm-yy; two-digit years are this century.
  private static Optional<YearMonth> named(String name, String yearText, String day) {
    Optional<Month> month = monthName(name);
    if (month.isEmpty()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(yearText);
    return of(
        Integer.toString(year < 100 ? 2000 + year : year),
        Integer.toString(month.get().getValue()),
        day);
  }

  private static Optional<YearMonth> of(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < FIRST_YEAR || y > LAST_YEAR) {
        return Optional.empty();
      }
      int m = Integer.parseInt(month);
      if (day != null) {
        return Optional.of(YearMonth.from(LocalDate.of(y, m, Integer.parseInt(day))));
      }
      return Optional.of(YearMonth.of(y, m));
    } catch (DateTimeException notADate) {
      return Optional.empty();
    }
  }

  private static Map<String, Month> names() {
    Map<String, Month> names = new HashMap<>();
    for (Month month : Month.values()) {
      names.put(
          month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
      names.put(
          month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
    }
    names.put("sept", Month.SEPTEMBER);
    return Map.copyOf(names);
  }

  /** How messages show a month: {@code Oct 2026}. */
  static String show(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + month.getYear();
  }
}

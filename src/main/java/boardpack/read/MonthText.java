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
 * workbook.md, Months: the text forms {@code 2026-10}, {@code 2026-10-01}, {@code Oct 2026}, {@code
 * October 2026} and {@code Oct-26}.
 */
final class MonthText {

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
  private static final Pattern NAMED = Pattern.compile("(\\p{L}+)\\.?[\\s-]+(\\d{2}|\\d{4})");
  private static final Map<String, Month> NAMES = names();

  private MonthText() {}

  static Optional<YearMonth> parse(String text) {
    String trimmed = text.strip();
    Matcher iso = ISO.matcher(trimmed);
    if (iso.matches()) {
      return iso(iso);
    }
    Matcher named = NAMED.matcher(trimmed);
    if (named.matches()) {
      Optional<Month> month = monthName(named.group(1));
      int year = Integer.parseInt(named.group(2));
      // Oct-26 is how Excel shows mmm-yy; two-digit years are this century.
      return month.map(m -> YearMonth.of(year < 100 ? 2000 + year : year, m));
    }
    return Optional.empty();
  }

  /** A month's English name, full or three letters ({@code Sept} too), any case. */
  static Optional<Month> monthName(String text) {
    return Optional.ofNullable(NAMES.get(text.strip().toLowerCase(Locale.ROOT)));
  }

  private static Optional<YearMonth> iso(Matcher iso) {
    try {
      int year = Integer.parseInt(iso.group(1));
      int month = Integer.parseInt(iso.group(2));
      if (iso.group(3) != null) {
        return Optional.of(
            YearMonth.from(LocalDate.of(year, month, Integer.parseInt(iso.group(3)))));
      }
      return Optional.of(YearMonth.of(year, month));
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

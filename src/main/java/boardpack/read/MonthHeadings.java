package boardpack.read;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * workbook.md, Month headings: which Targets and Actuals headings name a quarter, half or year
 * (ignored), and which look like a month without being one (an error).
 */
final class MonthHeadings {

  /** Words of headings that sum up a period: {@code Q1}, {@code H2 2026}, {@code FY27}, ... */
  static final Set<String> PERIOD_WORDS =
      Set.of(
          "q", "h", "fy", "cy", "ytd", "qtd", "mtd", "ltm", "ttm", "total", "totals", "year",
          "years", "full", "annual", "quarter", "half", "sum", "average", "avg", "to", "date");

  private static final Pattern TOKEN_BREAK =
      Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH_NUMBER_WITH_YEAR =
      Pattern.compile(".*(\\d{4}\\s*[-/.]\\s*\\d{1,2}|\\d{1,2}\\s*[-/.]\\s*\\d{4}).*");

  private MonthHeadings() {}

  /**
   * A heading that names a quarter, half or year ({@code Q1}, {@code H2 2026}, {@code FY27}, {@code
   * YTD}, {@code 2026}, {@code Total 2026}, {@code Jan-Mar}): not a month, ignored.
   */
  static boolean isPeriodSummary(String heading) {
    List<String> tokens = tokens(heading);
    if (tokens.isEmpty()) {
      return false;
    }
    long words = tokens.stream().filter(PERIOD_WORDS::contains).count();
    long months = tokens.stream().filter(t -> MonthText.monthName(t).isPresent()).count();
    boolean rest =
        tokens.stream()
            .allMatch(
                t ->
                    PERIOD_WORDS.contains(t)
                        || MonthText.monthName(t).isPresent()
                        || t.matches("\\d{1,4}"));
    boolean bareYear = tokens.size() == 1 && YEAR.matcher(tokens.get(0)).matches();
    return rest && (words > 0 && months == 0 || months >= 2 || bareYear);
  }

  /**
   * A heading that holds a month name, a month number with a year, or a four-digit year, but is not
   * a month ({@code 2026-13}, {@code Foo 2026}): an error, as the author surely meant a month.
   */
  static boolean looksLikeMonth(String heading) {
    return MONTH_NUMBER_WITH_YEAR.matcher(heading).matches()
        || tokens(heading).stream()
            .anyMatch(t -> MonthText.monthName(t).isPresent() || YEAR.matcher(t).matches());
  }

  private static List<String> tokens(String heading) {
    return Arrays.stream(TOKEN_BREAK.split(heading.toLowerCase(Locale.ROOT)))
        .filter(t -> !t.isEmpty())
        .toList();
  }
}

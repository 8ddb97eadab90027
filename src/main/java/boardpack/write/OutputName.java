package boardpack.write;

import java.text.Normalizer;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Output file names from the organisation and month (outputs.md: {@code acme-2026-10-kpis.csv}),
 * safe on Windows, macOS and Linux whatever the Organisation setting holds.
 */
public final class OutputName {

  /** Leaves room for the month and suffix well inside every file system's 255-character limit. */
  static final int MAX_ORGANISATION_LENGTH = 60;

  private static final String FALLBACK = "plan";
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Map<String, String> LETTERS_WITHOUT_DECOMPOSITION =
      Map.of(
          "ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "đ", "d", "ł", "l", "þ", "th", "ð", "d", "ı",
          "i");
  private static final Set<String> WINDOWS_RESERVED =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private OutputName() {}

  /** The start every output of a run shares: {@code acme-2026-10}. */
  public static String stem(String organisation, YearMonth period) {
    return organisation(organisation) + "-" + period;
  }

  /**
   * The organisation as a file-name part: accents dropped, lower case, anything but letters and
   * digits a single {@code -}, at most 60 characters, never a name Windows reserves, never empty.
   */
  public static String organisation(String organisation) {
    String slug = NOT_ALPHANUMERIC.matcher(asciiLetters(organisation)).replaceAll("-");
    slug =
        trimHyphens(
            slug.length() > MAX_ORGANISATION_LENGTH
                ? slug.substring(0, MAX_ORGANISATION_LENGTH)
                : slug);
    if (slug.isEmpty()) {
      return FALLBACK;
    }
    return WINDOWS_RESERVED.contains(slug) ? slug + "-org" : slug;
  }

  private static String asciiLetters(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> letter : LETTERS_WITHOUT_DECOMPOSITION.entrySet()) {
      lower = lower.replace(letter.getKey(), letter.getValue());
    }
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  private static String trimHyphens(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == '-') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == '-') {
      end--;
    }
    return text.substring(start, end);
  }
}

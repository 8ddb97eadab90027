package boardpack.write.pdf;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Every fixed wording of the pack, from the template's labels-LANGUAGE.properties.
 *
 * @param locale the template's language, for month names
 */
public record Labels(Locale locale, Map<String, String> byKey) {

  public Labels {
    Objects.requireNonNull(locale, "locale");
    byKey = Map.copyOf(Objects.requireNonNull(byKey, "byKey"));
  }

  /** A month in the pattern of the label {@code patternKey} ("October 2026", "Oct 26"). */
  String month(YearMonth month, String patternKey) {
    return DateTimeFormatter.ofPattern(get(patternKey), locale).format(month);
  }

  /** The label; the loader has checked that every key the pack uses is there. */
  String get(String key) {
    String label = byKey.get(key);
    if (label == null) {
      throw new IllegalArgumentException("no label " + key);
    }
    return label;
  }

  /** The label with {@code {0}}, {@code {1}}, ... replaced by the arguments in order. */
  String format(String key, Object... arguments) {
    String label = get(key);
    for (int i = 0; i < arguments.length; i++) {
      label = label.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return label;
  }
}

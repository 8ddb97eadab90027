package boardpack.write.pdf;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A template's labels-LANGUAGE.properties over the built-in one of that language, over the built-in
 * English; every key the pack uses is then there. Month patterns are checked here, so a bad one is
 * a template error, not a failure halfway through a pack.
 */
final class LabelsLoader {

  private static final String ENGLISH = "labels-en.properties";
  private static final String[] MONTH_PATTERNS = {"format.period", "format.month"};

  private LabelsLoader() {}

  /** The labels, or empty when neither the folder nor boardpack has {@code name}. */
  static Optional<Labels> load(TemplateFolder folder, String name, Locale locale)
      throws TemplateException {
    Map<String, String> english = PropertiesFile.read(TemplateFolder.BUILT_IN, ENGLISH, true);
    Map<String, String> builtIn = PropertiesFile.read(TemplateFolder.BUILT_IN, name, false);
    Map<String, String> own =
        folder == TemplateFolder.BUILT_IN ? Map.of() : PropertiesFile.read(folder, name, false);
    if (builtIn.isEmpty() && own.isEmpty()) {
      return Optional.empty();
    }
    TemplateLoader.rejectUnknownKeys(own, english, folder.describe(name));
    Map<String, String> labels = new LinkedHashMap<>(english);
    labels.putAll(builtIn);
    labels.putAll(own);
    for (String key : MONTH_PATTERNS) {
      String file =
          own.containsKey(key) ? folder.describe(name) : TemplateFolder.BUILT_IN.describe(name);
      checkMonthPattern(labels.get(key), key, file);
    }
    return Optional.of(new Labels(locale, labels));
  }

  private static void checkMonthPattern(String pattern, String key, String file)
      throws TemplateException {
    try {
      DateTimeFormatter.ofPattern(pattern).format(java.time.YearMonth.of(2026, 10));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new TemplateException(
          file
              + ": "
              + key
              + " \""
              + pattern
              + "\" is not a month pattern; expected letters such as MMMM uuuu (October 2026)");
    }
  }
}

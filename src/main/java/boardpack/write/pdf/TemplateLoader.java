package boardpack.write.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a template folder over the built-in one: a key the folder leaves out keeps the built-in
 * value; an unknown key or a value that cannot be used is an error naming the file and the key.
 */
final class TemplateLoader {

  static final String THEME = "theme.properties";
  private static final String BUILT_IN_FONT = "builtin:";
  private static final String BUILT_IN_FONT_FOLDER = "/liberation/";
  private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  private final TemplateFolder folder;
  private final Map<String, String> theme;
  private final Map<String, String> themeFile;

  private TemplateLoader(
      TemplateFolder folder, Map<String, String> theme, Map<String, String> from) {
    this.folder = folder;
    this.theme = theme;
    this.themeFile = from;
  }

  static Template load(TemplateFolder folder) throws TemplateException {
    Map<String, String> builtIn = PropertiesFile.read(TemplateFolder.BUILT_IN, THEME, true);
    Map<String, String> theme = new LinkedHashMap<>(builtIn);
    Map<String, String> from = new LinkedHashMap<>();
    builtIn.keySet().forEach(key -> from.put(key, TemplateFolder.BUILT_IN.describe(THEME)));
    if (folder != TemplateFolder.BUILT_IN) {
      Map<String, String> own = PropertiesFile.read(folder, THEME, true);
      rejectUnknownKeys(own, builtIn, folder.describe(THEME));
      theme.putAll(own);
      own.keySet().forEach(key -> from.put(key, folder.describe(THEME)));
    }
    return new TemplateLoader(folder, theme, from).template();
  }

  private Template template() throws TemplateException {
    return new Template(
        palette(), sizes(), labels(), font("font.regular"), font("font.bold"), logo());
  }

  private Palette palette() throws TemplateException {
    return new Palette(
        colour("colour.accent"),
        colour("colour.text"),
        colour("colour.muted"),
        colour("colour.rule"),
        colour("colour.zebra"),
        colour("colour.green"),
        colour("colour.amber"),
        colour("colour.red"),
        colour("colour.none"),
        colour("colour.band.poor"),
        colour("colour.band.fair"),
        colour("colour.band.good"));
  }

  private TypeSizes sizes() throws TemplateException {
    return new TypeSizes(
        size("size.title"),
        size("size.heading"),
        size("size.subheading"),
        size("size.body"),
        size("size.small"));
  }

  private Color colour(String key) throws TemplateException {
    String value = theme.get(key);
    if (!COLOUR.matcher(value).matches()) {
      throw invalid(key, "is not a colour; expected #RRGGBB such as #1F4E79");
    }
    return new Color(Integer.parseInt(value.substring(1), 16));
  }

  private float size(String key) throws TemplateException {
    try {
      float size = Float.parseFloat(theme.get(key));
      if (size >= 4 && size <= 72) {
        return size;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw invalid(key, "is not a type size; expected points from 4 to 72 such as 9 or 10.5");
  }

  private byte[] font(String key) throws TemplateException {
    String value = theme.get(key);
    Optional<byte[]> bytes;
    try {
      bytes =
          value.startsWith(BUILT_IN_FONT)
              ? new TemplateFolder.Resources(BUILT_IN_FONT_FOLDER)
                  .read(value.substring(BUILT_IN_FONT.length()))
              : fileOf(key).read(value);
    } catch (IOException e) {
      throw invalid(key, "cannot be read (" + e.getMessage() + ")");
    }
    if (bytes.isEmpty() || !PackFonts.isTrueType(bytes.get())) {
      throw invalid(
          key,
          "is not a TrueType font file in the template folder; expected a .ttf file name or"
              + " builtin:LiberationSans-Regular.ttf");
    }
    return bytes.get();
  }

  private Optional<byte[]> logo() throws TemplateException {
    String value = theme.get("logo");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      Optional<byte[]> bytes = fileOf("logo").read(value);
      if (bytes.isPresent() && isPicture(bytes.get())) {
        return bytes;
      }
    } catch (IOException e) {
      throw invalid("logo", "cannot be read (" + e.getMessage() + ")");
    }
    throw invalid(
        "logo", "is not a PNG or JPEG file in the template folder; give one, or leave it empty");
  }

  private Labels labels() throws TemplateException {
    String language = theme.get("language");
    if (!LANGUAGE.matcher(language).matches()) {
      throw invalid("language", "is not a language code; expected two letters such as en or de");
    }
    String name = "labels-" + language + ".properties";
    Optional<Labels> labels = LabelsLoader.load(folder, name, Locale.forLanguageTag(language));
    if (labels.isEmpty()) {
      throw invalid(
          "language", "has no " + name + " beside it; add one (copy labels-en.properties)");
    }
    return labels.get();
  }

  // A file named in theme.properties lives beside the theme.properties that names it.
  private TemplateFolder fileOf(String key) {
    return themeFile.get(key).equals(TemplateFolder.BUILT_IN.describe(THEME))
        ? TemplateFolder.BUILT_IN
        : folder;
  }

  private TemplateException invalid(String key, String problem) {
    return new TemplateException(
        themeFile.get(key) + ": " + key + " \"" + theme.get(key) + "\" " + problem);
  }

  static void rejectUnknownKeys(Map<String, String> own, Map<String, String> known, String file)
      throws TemplateException {
    for (String key : own.keySet()) {
      if (!known.containsKey(key)) {
        throw new TemplateException(
            file + ": unknown key " + key + "; the keys are those of templates/default");
      }
    }
  }

  private static boolean isPicture(byte[] bytes) {
    boolean png = bytes.length > 8 && bytes[0] == (byte) 0x89 && bytes[1] == 'P' && bytes[2] == 'N';
    boolean jpeg = bytes.length > 3 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xD8;
    return png || jpeg;
  }
}

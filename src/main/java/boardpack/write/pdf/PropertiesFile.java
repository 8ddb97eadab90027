package boardpack.write.pdf;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** A template's .properties file, read as UTF-8 (not Java's Latin-1 default), values trimmed. */
final class PropertiesFile {

  private PropertiesFile() {}

  /** The file's keys and values; empty when it is missing and not {@code required}. */
  static Map<String, String> read(TemplateFolder folder, String name, boolean required)
      throws TemplateException {
    Optional<byte[]> bytes;
    try {
      bytes = folder.read(name);
    } catch (IOException e) {
      throw new TemplateException(
          folder.describe(name) + ": cannot be read (" + e.getMessage() + ")");
    }
    if (bytes.isEmpty()) {
      if (required) {
        throw new TemplateException(
            folder.describe(name)
                + ": not found; a template folder holds "
                + name
                + " (copy templates/default to start)");
      }
      return Map.of();
    }
    return parse(bytes.get(), folder.describe(name));
  }

  private static Map<String, String> parse(byte[] bytes, String file) throws TemplateException {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(utf8(bytes, file)));
    } catch (IOException | IllegalArgumentException e) {
      throw new TemplateException(file + ": not a properties file (" + e.getMessage() + ")");
    }
    Map<String, String> values = new LinkedHashMap<>();
    properties
        .stringPropertyNames()
        .forEach(key -> values.put(key, properties.getProperty(key).strip()));
    return values;
  }

  private static String utf8(byte[] bytes, String file) throws TemplateException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new TemplateException(file + ": not UTF-8 text; save it as UTF-8");
    }
  }
}

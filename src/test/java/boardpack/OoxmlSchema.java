package boardpack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/**
 * Validates every XML part of a workbook against the OOXML schemas (poi-ooxml-full's types):
 * Excel's repair prompt mostly reacts to parts that break them. The package parts (content types,
 * core properties) belong to the Open Packaging Conventions, not these schemas, and are skipped;
 * {@code xml:space}, which Excel writes itself but the schemas do not declare, is ignored. Used for
 * the scorecard workbook, the new and example plans and the annotated copy.
 */
public final class OoxmlSchema {

  private static final Set<String> PACKAGE_PARTS =
      Set.of("[Content_Types].xml", "docProps/core.xml");

  private OoxmlSchema() {}

  /** Every schema error of every part, as {@code part: message}; empty when all are valid. */
  public static List<String> errors(Path workbook) throws IOException {
    List<String> problems = new ArrayList<>();
    try (ZipFile zip = new ZipFile(workbook.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (entry.getName().endsWith(".xml") && !PACKAGE_PARTS.contains(entry.getName())) {
          problems.addAll(validate(zip, entry));
        }
      }
    }
    return problems.stream().distinct().toList();
  }

  /** How many parts {@link #errors} validates, so a test can show it validated something. */
  public static long partsValidated(Path workbook) throws IOException {
    try (ZipFile zip = new ZipFile(workbook.toFile())) {
      return Collections.list(zip.entries()).stream()
          .filter(e -> e.getName().endsWith(".xml") && !PACKAGE_PARTS.contains(e.getName()))
          .count();
    }
  }

  /** The schema errors of one XML text, named {@code name}. */
  public static List<String> errors(String xml, String name) throws XmlException {
    return errors(TypeSystemHolder.typeSystem.parse(xml, null, new XmlOptions()), name);
  }

  private static List<String> validate(ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      XmlObject xml = TypeSystemHolder.typeSystem.parse(in, null, new XmlOptions());
      SchemaType type = xml.schemaType();
      if (type.isNoType() || type.isBuiltinType()) {
        return List.of(entry.getName() + ": no schema type for its root element");
      }
      return errors(xml, entry.getName());
    } catch (XmlException e) {
      return List.of(entry.getName() + ": " + e.getMessage());
    }
  }

  private static List<String> errors(XmlObject xml, String name) {
    List<XmlError> errors = new ArrayList<>();
    xml.validate(new XmlOptions().setErrorListener(errors));
    return errors.stream()
        .map(XmlError::toString)
        .filter(message -> !message.contains("space@http://www.w3.org/XML/1998/namespace"))
        .map(message -> name + ": " + message)
        .toList();
  }
}

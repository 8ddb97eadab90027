package boardpack.write.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.compute.PackView;
import boardpack.compute.ScorecardEngine;
import boardpack.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every XML part of the written workbook validates against the OOXML schemas (poi-ooxml-full's
 * types): Excel's repair prompt mostly reacts to parts that break them, and POI alone leaves some
 * required elements out. Excel itself writes {@code xml:space} on text, which the schemas do not
 * declare; that alone is ignored.
 */
class WorkbookSchemaTest {

  /**
   * Parts the Open Packaging Conventions define (ECMA-376 part 2), not the OOXML schemas; POI
   * writes them through its own package code.
   */
  private static final Set<String> PACKAGE_PARTS =
      Set.of("[Content_Types].xml", "docProps/core.xml");

  @TempDir static Path folder;
  private static SampleWorkbook sample;

  @BeforeAll
  static void write() throws Exception {
    sample = SampleWorkbook.writeInto(folder);
  }

  @Test
  void everyXmlPart_validatesAgainstTheOoxmlSchemas() throws Exception {
    assertValid(sample.workbook(), 10);
  }

  @Test
  void aPlanWithNoKpisOrObjectives_stillGivesAValidWorkbook() throws Exception {
    assertValid(write(LargePlan.of(0), "empty.xlsx"), 6);
  }

  @Test
  void withinRangeLowerIsBetterAndLeadingKpis_giveAValidWorkbook() throws Exception {
    assertValid(write(LargePlan.of(60), "sixty.xlsx"), 10);
  }

  private static Path write(Plan plan, String name) throws Exception {
    Path file = folder.resolve(name);
    PackView view = PackView.of(ScorecardEngine.compute(plan, LargePlan.PERIOD), List.of());
    try (OutputStream out = Files.newOutputStream(file)) {
      ScorecardWorkbook.write(view, InputFiles.none(), out);
    }
    return file;
  }

  private static void assertValid(Path workbook, int atLeastParts) throws Exception {
    List<String> problems = new ArrayList<>();
    int validated = 0;
    try (ZipFile zip = new ZipFile(workbook.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (entry.getName().endsWith(".xml") && !PACKAGE_PARTS.contains(entry.getName())) {
          problems.addAll(validate(zip, entry));
          validated++;
        }
      }
    }
    assertTrue(validated >= atLeastParts, validated + " parts validated");
    assertEquals(List.of(), problems.stream().distinct().toList());
  }

  @Test
  void validation_catchesALineChartWithoutItsGrouping() throws Exception {
    String chart =
        "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
            + "<c:chart><c:plotArea><c:lineChart><c:varyColors val=\"0\"/>"
            + "<c:axId val=\"1\"/><c:axId val=\"2\"/></c:lineChart></c:plotArea></c:chart>"
            + "</c:chartSpace>";

    List<String> problems =
        errors(TypeSystemHolder.typeSystem.parse(chart, null, new XmlOptions()), "chart");

    assertNotEquals(List.of(), problems);
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

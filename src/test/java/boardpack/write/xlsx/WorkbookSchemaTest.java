package boardpack.write.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.OoxmlSchema;
import boardpack.compute.PackView;
import boardpack.compute.ScorecardEngine;
import boardpack.model.Plan;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every XML part of the written workbook validates against the OOXML schemas ({@link OoxmlSchema},
 * poi-ooxml-full's types): Excel's repair prompt mostly reacts to parts that break them, and POI
 * alone leaves some required elements out.
 */
class WorkbookSchemaTest {

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
    long validated = OoxmlSchema.partsValidated(workbook);
    assertTrue(validated >= atLeastParts, validated + " parts validated");
    assertEquals(List.of(), OoxmlSchema.errors(workbook));
  }

  @Test
  void validation_catchesALineChartWithoutItsGrouping() throws Exception {
    String chart =
        "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
            + "<c:chart><c:plotArea><c:lineChart><c:varyColors val=\"0\"/>"
            + "<c:axId val=\"1\"/><c:axId val=\"2\"/></c:lineChart></c:plotArea></c:chart>"
            + "</c:chartSpace>";

    List<String> problems = OoxmlSchema.errors(chart, "chart");

    assertNotEquals(List.of(), problems);
  }
}

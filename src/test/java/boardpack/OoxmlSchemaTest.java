package boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema check used on written workbooks catches what the schemas forbid. */
class OoxmlSchemaTest {

  private static final String SHEET =
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<sheetData/><dataValidations count=\"1\">%s</dataValidations></worksheet>";

  @Test
  void aDropDownWithoutItsCells_isAnError() throws Exception {
    String xml =
        SHEET.formatted(
            "<dataValidation type=\"list\"><formula1>\"a\"</formula1>" + "</dataValidation>");

    assertNotEquals(List.of(), OoxmlSchema.errors(xml, "sheet1.xml"));
  }

  @Test
  void aDropDownWithItsCells_isValid() throws Exception {
    String xml =
        SHEET.formatted(
            "<dataValidation type=\"list\" sqref=\"A1\">"
                + "<formula1>\"a\"</formula1></dataValidation>");

    assertEquals(List.of(), OoxmlSchema.errors(xml, "sheet1.xml"));
  }
}

package boardpack.write.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

  @Test
  void numberColumn_isAsWideAsItsLongestShownNumber_negativeInBrackets() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet();
      CellStyle pounds = style(workbook, "\"£\"#,##0;(\"£\"#,##0)");
      ColumnWidths widths = new ColumnWidths();

      widths.number(0, 5, pounds);
      widths.number(0, 99_999, pounds);
      widths.number(0, -1_234_567, pounds);
      widths.number(0, -3, pounds);
      widths.applyTo(sheet);

      // "(£1,234,567)" is 12 characters, + 1 to breathe, + 2 of margin: 15 widths of 256.
      assertEquals(15 * 256, sheet.getColumnWidth(0));
    }
  }

  @Test
  void numberColumn_roundingUpToAnotherDigit_countsTheDigit() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet();
      ColumnWidths widths = new ColumnWidths();

      widths.number(0, 99_999.7, style(workbook, "#,##0"));
      widths.applyTo(sheet);

      // shown as "100,000": 7 characters + 1 + 2 = 10
      assertEquals(10 * 256, sheet.getColumnWidth(0));
    }
  }

  @Test
  void generalColumn_aSmallFractionShowsLongerThanALargerWholeNumber() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet();
      CellStyle general = workbook.createCellStyle();
      ColumnWidths widths = new ColumnWidths();

      widths.number(0, 0.000123, general);
      widths.number(0, 1_000, general);
      widths.applyTo(sheet);

      // "0.000123" is 8 characters + 1 + 2 = 11; "1000" alone would give 7
      assertEquals(11 * 256, sheet.getColumnWidth(0));
    }
  }

  private static CellStyle style(XSSFWorkbook workbook, String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }
}

package boardpack.write.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.OoxmlSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The new plan of {@code boardpack init}, read back with POI. */
class NewPlanWorkbookTest {

  private static final NewPlan APRIL_2027 =
      new NewPlan("Acme", Month.APRIL, 2027, Optional.of("GBP"));
  private static final int HEADER = TableSheet.HEADER_ROW;

  @TempDir static Path folder;
  private static Path file;

  @BeforeAll
  static void write() throws IOException {
    file = folder.resolve("plan.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      PlanWorkbook.writeNew(APRIL_2027, out);
    }
  }

  @Test
  void hasEverySheetOfTheSpec_inOrder() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      List<String> names = new ArrayList<>();
      workbook.forEach(sheet -> names.add(sheet.getSheetName()));

      assertEquals(
          List.of(
              "Settings",
              "KPIs",
              "Targets",
              "Actuals",
              "Objectives",
              "KeyResults",
              "Commentary",
              "Distribution"),
          names);
    }
  }

  @Test
  void everyHeaderCell_hasANoteSayingWhatTheColumnHolds() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      for (XSSFSheet sheet : sheets(workbook)) {
        for (Cell header : sheet.getRow(HEADER)) {
          assertNotNull(
              header.getCellComment(), sheet.getSheetName() + "!" + header.getAddress() + " note");
          assertTrue(header.getCellComment().getString().getString().length() > 10);
        }
      }
      assertTrue(
          noteAt(workbook, "KPIs", "Direction").contains("Blank: Higher is better"),
          noteAt(workbook, "KPIs", "Direction"));
    }
  }

  @Test
  void everyEnumeratedColumn_offersItsWordsAsADropDown() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      Map<String, String> lists = dropDowns(workbook);

      assertEquals("Higher is better,Lower is better,Within range", lists.get("KPIs!Direction"));
      assertEquals("Leading,Lagging", lists.get("KPIs!Indicator"));
      assertEquals("Sum,Average,Last", lists.get("KPIs!Aggregation"));
      assertEquals("Monthly,Quarterly", lists.get("KPIs!Frequency"));
      assertEquals("Yes,No", lists.get("KPIs!Board"));
      assertEquals("Outcome,Effort", lists.get("KeyResults!Type"));
      assertEquals(
          "Increase,Decrease,Threshold,Milestone,Baseline", lists.get("KeyResults!Metric"));
      assertEquals("PDF,XLSX,Both", lists.get("Distribution!Attach"));
    }
  }

  @Test
  void idColumns_offerTheIdsOfTheirSheet_fromRowFiveDown() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      Map<String, String> lists = dropDowns(workbook);

      // Header on row 4 (index 3), so the IDs start on row 5; 1000 rows: $A$5:$A$1004.
      assertEquals("KPIs!$A$5:$A$1004", lists.get("KPIs!Leads"));
      assertEquals("Objectives!$A$5:$A$1004", lists.get("Objectives!Parent"));
      assertEquals("KPIs!$A$5:$A$1004", lists.get("Objectives!KPI"));
      assertEquals("Objectives!$A$5:$A$1004", lists.get("KeyResults!Objective"));
      assertEquals("KPIs!$A$5:$A$1004", lists.get("KeyResults!KPI"));
    }
  }

  @Test
  void aListLongerThanExcelAllows_comesFromAHiddenSheet() throws IOException {
    List<String> long300 = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      long300.add("Choice number " + i); // 15-16 characters each, 30 of them: over 255
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("KPIs");
      HeaderGuides.dropDown(sheet, 2, HEADER, new ColumnGuide("note", long300, null));

      DataValidation validation = sheet.getDataValidations().get(0);
      assertEquals("Lists!$A$1:$A$30", validation.getValidationConstraint().getFormula1());
      assertTrue(workbook.isSheetHidden(workbook.getSheetIndex(HeaderGuides.LISTS)));
      assertEquals("Choice number 29", workbook.getSheet("Lists").getRow(29).getCell(0).toString());
    }
  }

  @Test
  void targetsAndActuals_haveTheFiscalYearsMonths_asDateCellsShownMmmYyyy() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      for (String name : List.of("Targets", "Actuals")) {
        Row header = workbook.getSheet(name).getRow(HEADER);
        // ID, Name, then April 2027 .. March 2028: 2 + 12 columns.
        assertEquals(14, header.getLastCellNum(), name);
        for (int m = 0; m < 12; m++) {
          Cell cell = header.getCell(2 + m);
          assertEquals(CellType.NUMERIC, cell.getCellType());
          assertTrue(DateUtil.isCellDateFormatted(cell));
          assertEquals("mmm yyyy", cell.getCellStyle().getDataFormatString());
          assertEquals(
              LocalDate.of(2027, 4, 1).plusMonths(m),
              cell.getLocalDateTimeCellValue().toLocalDate());
        }
      }
    }
  }

  @Test
  void monthColumns_formatTheCellsAUserAdds_asMonths() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      // Objectives: Start is column F (5), End G (6); KeyResults: Due is K (10).
      assertEquals(
          "mmm yyyy", workbook.getSheet("Objectives").getColumnStyle(5).getDataFormatString());
      assertEquals(
          "mmm yyyy", workbook.getSheet("Objectives").getColumnStyle(6).getDataFormatString());
      assertEquals(
          "mmm yyyy", workbook.getSheet("KeyResults").getColumnStyle(10).getDataFormatString());
      assertEquals(
          "mmm yyyy", workbook.getSheet("Commentary").getColumnStyle(1).getDataFormatString());
    }
  }

  @Test
  void everySheet_freezesItsHeader() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      for (XSSFSheet sheet : sheets(workbook)) {
        assertEquals(HEADER + 1, sheet.getPaneInformation().getHorizontalSplitPosition());
      }
    }
  }

  @Test
  void settings_holdTheOptionsGiven() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      Map<String, String> settings = new TreeMap<>();
      XSSFSheet sheet = workbook.getSheet("Settings");
      for (int r = HEADER + 1; r <= sheet.getLastRowNum(); r++) {
        settings.put(
            sheet.getRow(r).getCell(0).getStringCellValue(), sheet.getRow(r).getCell(1).toString());
      }

      assertEquals("Acme", settings.get("Organisation"));
      assertEquals("April", settings.get("Fiscal year start"));
      assertEquals("GBP", settings.get("Currency"));
      assertEquals("2027-04", settings.get("Reporting period"));
    }
  }

  @Test
  void exampleNumbers_keepTheirFormats() throws IOException {
    try (XSSFWorkbook workbook = open()) {
      Cell margin = workbook.getSheet("KPIs").getRow(HEADER + 2).getCell(7);
      assertEquals(0.6, margin.getNumericCellValue());
      assertEquals("0.0%", margin.getCellStyle().getDataFormatString());
    }
  }

  @Test
  void everyXmlPart_validatesAgainstTheOoxmlSchemas() throws IOException {
    assertTrue(OoxmlSchema.partsValidated(file) >= 20, "parts validated");
    assertEquals(List.of(), OoxmlSchema.errors(file));
  }

  @Test
  void theExamplePlan_validatesAgainstTheOoxmlSchemas() throws IOException {
    Path example = folder.resolve("example.xlsx");
    try (OutputStream out = Files.newOutputStream(example)) {
      PlanWorkbook.writeExample(out);
    }
    assertEquals(List.of(), OoxmlSchema.errors(example));
  }

  @Test
  void sameOptions_sameBytes() throws IOException {
    Path again = folder.resolve("again.xlsx");
    try (OutputStream out = Files.newOutputStream(again)) {
      PlanWorkbook.writeNew(APRIL_2027, out);
    }
    assertEquals(-1L, Files.mismatch(file, again));
  }

  private static XSSFWorkbook open() throws IOException {
    return new XSSFWorkbook(Files.newInputStream(file));
  }

  private static List<XSSFSheet> sheets(XSSFWorkbook workbook) {
    List<XSSFSheet> sheets = new ArrayList<>();
    workbook.forEach(sheet -> sheets.add((XSSFSheet) sheet));
    return sheets;
  }

  private static String noteAt(XSSFWorkbook workbook, String sheet, String heading) {
    for (Cell header : workbook.getSheet(sheet).getRow(HEADER)) {
      if (header.toString().equals(heading)) {
        return header.getCellComment().getString().getString();
      }
    }
    throw new AssertionError(heading + " not found");
  }

  /**
   * Each drop-down as "Sheet!Heading" to its list ("a,b,c") or range formula, checking it covers
   * the rows below the header.
   */
  private static Map<String, String> dropDowns(XSSFWorkbook workbook) {
    Map<String, String> lists = new TreeMap<>();
    for (XSSFSheet sheet : sheets(workbook)) {
      for (DataValidation validation : sheet.getDataValidations()) {
        CellRangeAddress range = validation.getRegions().getCellRangeAddress(0);
        assertEquals(HEADER + 1, range.getFirstRow());
        String heading = sheet.getRow(HEADER).getCell(range.getFirstColumn()).toString();
        String[] words = validation.getValidationConstraint().getExplicitListValues();
        lists.put(
            sheet.getSheetName() + "!" + heading,
            words != null
                ? String.join(",", Arrays.asList(words))
                : validation.getValidationConstraint().getFormula1());
      }
    }
    return lists;
  }
}

package boardpack.write.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.OoxmlSchema;
import boardpack.model.Problem;
import boardpack.model.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotating writer on a legacy .xls plan, and on problems without a cell. */
class AnnotatedPlanTest {

  private static final String PLAN = "plan.xls";

  @TempDir Path dir;

  @Test
  void anXlsPlan_getsAnXlsCopy_withIndexedFills() throws IOException {
    List<Problem> problems =
        List.of(
            Problem.error(new Source.Cell(PLAN, "KPIs", 1, 2), "target is not a number"),
            Problem.warning(new Source.Row(PLAN, "KPIs", 1), "row warning"),
            Problem.note(new Source.Sheet(PLAN, "KPIs"), "sheet note"));

    try (Workbook copy = annotate(xlsPlan(), problems)) {
      assertInstanceOf(HSSFWorkbook.class, copy);
      Sheet kpis = copy.getSheet("KPIs");
      Cell target = kpis.getRow(1).getCell(2);
      assertEquals(IndexedColors.ROSE.getIndex(), target.getCellStyle().getFillForegroundColor());
      assertEquals("0.0%", target.getCellStyle().getDataFormatString());
      assertEquals(0.75, target.getNumericCellValue());
      assertTrue(target.getCellComment().getString().getString().contains("not a number"));
      // A problem of a row marks its first cell; one of a sheet marks A1.
      assertEquals(
          IndexedColors.LIGHT_ORANGE.getIndex(),
          kpis.getRow(1).getCell(0).getCellStyle().getFillForegroundColor());
      assertEquals(
          IndexedColors.PALE_BLUE.getIndex(),
          kpis.getRow(0).getCell(0).getCellStyle().getFillForegroundColor());
      assertEquals("Problems", copy.getSheetName(0));
    }
  }

  @Test
  void problemsWithoutACellInThePlan_areListedWithoutALink() throws IOException {
    List<Problem> problems =
        List.of(
            Problem.error(new Source.CsvLine("ledger.csv", 3), "conflict"),
            Problem.error(new Source.FileWhole(PLAN), "no reporting period"),
            Problem.warning(new Source.Sheet(PLAN, "Missing"), "a sheet the plan lacks"));

    try (Workbook copy = annotate(xlsPlan(), problems)) {
      Sheet list = copy.getSheetAt(0);
      assertEquals("ledger.csv:3", list.getRow(1).getCell(1).getStringCellValue());
      assertEquals(PLAN, list.getRow(2).getCell(1).getStringCellValue());
      assertEquals("Missing", list.getRow(3).getCell(1).getStringCellValue());
      for (int r = 1; r <= 3; r++) {
        assertNull(list.getRow(r).getCell(1).getHyperlink(), "row " + r);
      }
    }
  }

  @Test
  void aPlanWithNoProblems_getsAListSayingSo() throws IOException {
    try (Workbook copy = annotate(xlsPlan(), List.of())) {
      assertEquals(
          "No errors, warnings or notes.", copy.getSheetAt(0).getRow(1).getCell(0).toString());
    }
  }

  @Test
  void aPlanWithASheetNamedProblems_keepsIt() throws IOException {
    byte[] plan;
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      workbook.createSheet("Problems").createRow(0).createCell(0).setCellValue("mine");
      plan = bytes(workbook);
    }
    try (Workbook copy = annotate(plan, List.of())) {
      assertEquals("Problems 2", copy.getSheetName(0));
      assertEquals("mine", copy.getSheet("Problems").getRow(0).getCell(0).toString());
    }
  }

  @Test
  void aCellsOwnComment_keepsItsText_withTheMessageBelow() throws IOException {
    byte[] plan;
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      Cell cell = workbook.createSheet("KPIs").createRow(0).createCell(0);
      cell.setCellValue("ID");
      var anchor = workbook.getCreationHelper().createClientAnchor();
      var comment = workbook.getSheet("KPIs").createDrawingPatriarch().createCellComment(anchor);
      comment.setString(workbook.getCreationHelper().createRichTextString("ask Olivia"));
      cell.setCellComment(comment);
      plan = bytes(workbook);
    }
    List<Problem> problems =
        List.of(Problem.warning(new Source.Cell(PLAN, "KPIs", 0, 0), "heading warning"));

    try (Workbook copy = annotate(plan, problems)) {
      assertEquals(
          "ask Olivia\n\nboardpack warning: heading warning",
          copy.getSheet("KPIs").getRow(0).getCell(0).getCellComment().getString().getString());
    }
  }

  @Test
  void aHeaderWithANote_keepsTheNote_inAnXlsxPlan() throws IOException {
    byte[] plan = Files.readAllBytes(Path.of("sample-data/northwind-plan.xlsx"));
    // KPIs!E4, the Direction header, carries the generator's note.
    List<Problem> problems =
        List.of(Problem.warning(new Source.Cell("northwind-plan.xlsx", "KPIs", 3, 4), "odd"));

    byte[] copy = AnnotatedPlan.annotate(plan, "northwind-plan.xlsx", problems);

    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(copy))) {
      String note =
          workbook.getSheet("KPIs").getRow(3).getCell(4).getCellComment().getString().getString();
      assertTrue(note.startsWith("Which way is good."), note);
      assertTrue(note.endsWith("\n\nboardpack warning: odd"), note);
    }
    Path written = Files.write(dir.resolve("copy.xlsx"), copy);
    assertEquals(List.of(), OoxmlSchema.errors(written));
  }

  @Test
  void anXlsmPlan_staysMacroEnabled() throws IOException {
    byte[] plan;
    try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
      workbook.createSheet("KPIs").createRow(0).createCell(0).setCellValue("ID");
      plan = bytes(workbook);
    }
    byte[] copy =
        AnnotatedPlan.annotate(
            plan, "plan.xlsm", List.of(Problem.note(new Source.Sheet("plan.xlsm", "KPIs"), "n")));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(copy))) {
      assertEquals(XSSFWorkbookType.XLSM, workbook.getWorkbookType());
    }
  }

  @Test
  void theCopysName_isNumberedWhenTaken() throws IOException {
    Path plan = dir.resolve("plan.xls");
    assertEquals(dir.resolve("plan-annotated.xls"), AnnotatedPlan.freeName(plan));
    Files.writeString(dir.resolve("plan-annotated.xls"), "");
    assertEquals(dir.resolve("plan-annotated-2.xls"), AnnotatedPlan.freeName(plan));
  }

  private static Workbook annotate(byte[] plan, List<Problem> problems) throws IOException {
    byte[] copy = AnnotatedPlan.annotate(plan, PLAN, problems);
    Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(copy));
    assertNotNull(workbook);
    return workbook;
  }

  private static byte[] xlsPlan() throws IOException {
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      Sheet kpis = workbook.createSheet("KPIs");
      Row header = kpis.createRow(0);
      header.createCell(0).setCellValue("ID");
      header.createCell(2).setCellValue("Annual target");
      Row rev = kpis.createRow(1);
      rev.createCell(0).setCellValue("GM");
      CellStyle percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
      rev.createCell(2).setCellValue(0.75);
      rev.getCell(2).setCellStyle(percent);
      return bytes(workbook);
    }
  }

  private static byte[] bytes(Workbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }
}

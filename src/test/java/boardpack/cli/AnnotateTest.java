package boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.OoxmlSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --annotate} on a new plan given an error (KPIs!H5, annual target "abc"), a warning
 * (Actuals!E5, a value in June after the April reporting period) and a note (KPIs!E6, a blank
 * Direction).
 */
class AnnotateTest {

  private static final String RED = "FFC7CE";
  private static final String AMBER = "FFD966";
  private static final String BLUE = "BDD7EE";
  private static final Set<String> MARKED = Set.of("KPIs!H5", "Actuals!E5", "KPIs!E6");

  @TempDir Path dir;

  private final Console console = new Console();
  private Path plan;
  private byte[] planBytes;

  @BeforeEach
  void writeFlawedPlan() throws IOException {
    plan = dir.resolve("plan.xlsx");
    assertEquals(0, new Console().run("init", plan.toString(), "--year", "2027"));
    XSSFWorkbook workbook;
    try (InputStream in = Files.newInputStream(plan)) {
      workbook = new XSSFWorkbook(in);
    }
    try (workbook) {
      workbook.getSheet("KPIs").getRow(4).getCell(7).setCellValue("abc"); // REV annual target
      workbook.getSheet("KPIs").getRow(5).getCell(4).setBlank(); // GM direction
      workbook.getSheet("Actuals").getRow(4).createCell(4).setCellValue(99000); // REV, Jun
      workbook.getSheet("Targets").getRow(4).getCell(3).setCellFormula("50000*2"); // REV, Feb
      try (OutputStream out = Files.newOutputStream(plan)) {
        workbook.write(out);
      }
    }
    planBytes = Files.readAllBytes(plan);
  }

  @Test
  void annotate_writesACopyBesideThePlan_andLeavesThePlanAlone() throws IOException {
    int code = console.run("check", plan.toString(), "--annotate");

    assertEquals(2, code, console.out() + console.err());
    Path copy = dir.resolve("plan-annotated.xlsx");
    assertTrue(console.out().contains("Written:" + Console.NL + copy), console.out());
    assertArrayEquals(planBytes, Files.readAllBytes(plan));
  }

  @Test
  void annotate_fillsAndCommentsEachProblemCell_keepingItsFormat() throws IOException {
    console.run("check", plan.toString(), "--annotate");

    try (XSSFWorkbook copy = open(dir.resolve("plan-annotated.xlsx"))) {
      XSSFCell error = cell(copy, "KPIs", 4, 7);
      assertEquals(RED, fill(error));
      assertEquals("abc", error.getStringCellValue());
      assertEquals("#,##0", error.getCellStyle().getDataFormatString());
      assertTrue(
          comment(error).startsWith("boardpack error: annual target \"abc\""), comment(error));
      XSSFCell warning = cell(copy, "Actuals", 4, 4);
      assertEquals(AMBER, fill(warning));
      assertTrue(comment(warning).startsWith("boardpack warning: "), comment(warning));
      XSSFCell note = cell(copy, "KPIs", 5, 4);
      assertEquals(BLUE, fill(note));
      assertTrue(comment(note).contains("direction is blank"), comment(note));
    }
  }

  @Test
  void annotate_firstSheetListsEveryProblem_withALinkToItsCell() throws IOException {
    console.run("check", plan.toString(), "--annotate");

    try (XSSFWorkbook copy = open(dir.resolve("plan-annotated.xlsx"))) {
      Sheet list = copy.getSheetAt(0);
      assertEquals("Problems", list.getSheetName());
      assertEquals(0, copy.getActiveSheetIndex());
      assertEquals("Severity|Place|Message", line(list.getRow(0)));
      // Errors first, then warnings, then notes; the plan has one of each.
      assertEquals(3, list.getLastRowNum());
      assertTrue(
          line(list.getRow(1)).startsWith("error|KPIs!H5|annual target"), line(list.getRow(1)));
      assertTrue(line(list.getRow(2)).startsWith("warning|Actuals!E5|"), line(list.getRow(2)));
      assertTrue(line(list.getRow(3)).startsWith("note|KPIs!E6|"), line(list.getRow(3)));
      for (int r = 1; r <= 3; r++) {
        Cell place = list.getRow(r).getCell(1);
        assertEquals(HyperlinkType.DOCUMENT, place.getHyperlink().getType());
        assertEquals(place.getStringCellValue(), place.getHyperlink().getAddress());
      }
    }
  }

  @Test
  void annotate_leavesEveryOtherCellAsItWas() throws IOException {
    console.run("check", plan.toString(), "--annotate");

    try (XSSFWorkbook before = open(plan);
        XSSFWorkbook after = open(dir.resolve("plan-annotated.xlsx"))) {
      assertEquals(before.getNumberOfSheets() + 1, after.getNumberOfSheets());
      int compared = 0;
      for (Sheet sheet : before) {
        for (Row row : sheet) {
          for (Cell was : row) {
            Cell now =
                after
                    .getSheet(sheet.getSheetName())
                    .getRow(row.getRowNum())
                    .getCell(was.getColumnIndex());
            String at = sheet.getSheetName() + "!" + was.getAddress();
            assertEquals(was.getCellType(), now.getCellType(), at);
            assertEquals(was.toString(), now.toString(), at);
            if (!MARKED.contains(at)) {
              assertEquals(was.getCellStyle().getIndex(), now.getCellStyle().getIndex(), at);
              assertEquals(
                  was.getCellComment() == null, now.getCellComment() == null, at + " comment");
            }
            compared++;
          }
        }
      }
      assertTrue(compared > 100, compared + " cells compared");
      Cell formula = after.getSheet("Targets").getRow(4).getCell(3);
      assertEquals(CellType.FORMULA, formula.getCellType());
      assertEquals("50000*2", formula.getCellFormula());
    }
  }

  @Test
  void theCopy_fixedInExcel_checksAgain() throws IOException {
    console.run("check", plan.toString(), "--annotate");
    Path copy = dir.resolve("plan-annotated.xlsx");
    Console again = new Console();
    assertEquals(2, again.run("check", copy.toString()), again.out());
    // The same problems at the same cells: the list sheet and the marks change no reading.
    assertTrue(again.out().contains("Errors (1):" + Console.NL + "KPIs!H5: "), again.out());
    assertTrue(again.out().contains("Warnings (1):" + Console.NL + "Actuals!E5: "), again.out());
    assertTrue(again.out().contains("Notes (1):" + Console.NL + "KPIs!E6: "), again.out());

    try (XSSFWorkbook workbook = open(copy)) {
      workbook.getSheet("KPIs").getRow(4).getCell(7).setCellValue(1_200_000);
      try (OutputStream out = Files.newOutputStream(copy)) {
        workbook.write(out);
      }
    }
    Console fixed = new Console();

    assertEquals(1, fixed.run("check", copy.toString()), fixed.out() + fixed.err());
    assertTrue(fixed.out().contains("Errors: none"), fixed.out());
  }

  @Test
  void annotate_twice_writesASecondCopy_andLeavesTheFirst() throws IOException {
    console.run("check", plan.toString(), "--annotate");
    byte[] first = Files.readAllBytes(dir.resolve("plan-annotated.xlsx"));

    int code = new Console().run("check", plan.toString(), "--annotate");

    assertEquals(2, code);
    assertTrue(Files.exists(dir.resolve("plan-annotated-2.xlsx")));
    assertArrayEquals(first, Files.readAllBytes(dir.resolve("plan-annotated.xlsx")));
  }

  @Test
  void annotatedCopy_validatesAgainstTheOoxmlSchemas() throws IOException {
    console.run("check", plan.toString(), "--annotate");

    assertEquals(List.of(), OoxmlSchema.errors(dir.resolve("plan-annotated.xlsx")));
  }

  @Test
  void check_withoutAnnotate_writesNothing() throws IOException {
    console.run("check", plan.toString());

    try (var files = Files.list(dir)) {
      assertEquals(List.of(plan), files.toList());
    }
  }

  private static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static XSSFCell cell(XSSFWorkbook workbook, String sheet, int row, int column) {
    return workbook.getSheet(sheet).getRow(row).getCell(column);
  }

  private static String fill(XSSFCell cell) {
    XSSFCellStyle style = cell.getCellStyle();
    return style.getFillForegroundColorColor() == null
        ? "none"
        : style.getFillForegroundColorColor().getARGBHex().substring(2);
  }

  private static String comment(XSSFCell cell) {
    return cell.getCellComment().getString().getString();
  }

  private static String line(Row row) {
    StringBuilder text = new StringBuilder();
    for (Cell cell : row) {
      text.append(text.isEmpty() ? "" : "|").append(cell.getStringCellValue());
    }
    return text.toString();
  }
}

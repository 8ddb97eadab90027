package boardpack.write.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.compute.PackView;
import boardpack.compute.ScorecardEngine;
import boardpack.model.Problem;
import boardpack.model.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DataQualitySheetTest {

  @Test
  void warning_namesItsCell_andLinksToItInThePlan() throws Exception {
    Problem warning =
        Problem.warning(
            Source.cell(LargePlan.FILE, "Q1 plan", 6, 3), "unknown heading \"Q1 total\" ignored");
    PackView view =
        PackView.of(ScorecardEngine.compute(LargePlan.of(3), LargePlan.PERIOD), List.of(warning));
    Path out = Path.of("/reports/out");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ScorecardWorkbook.write(
        view, InputFiles.of(out, List.of(Path.of("/reports/plans", LargePlan.FILE))), bytes);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      Row row = workbook.getSheet("Data quality").getRow(DataQualitySheet.HEADER_ROW + 1);
      XSSFHyperlink link = (XSSFHyperlink) row.getCell(1).getHyperlink();
      assertEquals("Warning", row.getCell(0).getStringCellValue());
      assertEquals("'Q1 plan'!D7", row.getCell(1).getStringCellValue());
      assertEquals("unknown heading \"Q1 total\" ignored", row.getCell(2).getStringCellValue());
      assertEquals(HyperlinkType.FILE, link.getType());
      assertEquals("'Q1 plan'!D7", link.getLocation());
      assertEquals("../plans/large-plan.xlsx#'Q1 plan'!D7", link.getAddress());
    }
  }
}

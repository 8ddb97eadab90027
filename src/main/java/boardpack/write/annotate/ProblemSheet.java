package boardpack.write.annotate;

import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The copy's first sheet: every problem as severity, place and message, errors first, the place a
 * link to the marked cell (a problem in a CSV ledger or of the whole file has no cell to link to).
 */
final class ProblemSheet {

  static final String NAME = "Problems";

  private static final int[] WIDTHS = {10, 24, 90};

  private ProblemSheet() {}

  static void addFirst(Workbook workbook, List<Mark> marks) {
    Sheet sheet = workbook.createSheet(freeName(workbook));
    MarkStyles fills = new MarkStyles(workbook);
    CellStyle link = linkStyle(workbook);
    CellStyle wrapped = workbook.createCellStyle();
    wrapped.setWrapText(true);
    header(sheet, workbook);
    for (int i = 0; i < marks.size(); i++) {
      Mark mark = marks.get(i);
      Row row = sheet.createRow(i + 1);
      Cell severity = row.createCell(0);
      severity.setCellValue(Words.severity(mark.severity()));
      severity.setCellStyle(fills.fill(mark.severity()));
      Cell place = row.createCell(1);
      place.setCellValue(mark.problem().where().place());
      mark.cell().ifPresent(cell -> link(place, mark.sheet().orElseThrow(), cell, link));
      row.createCell(2).setCellValue(mark.problem().message());
      row.getCell(2).setCellStyle(wrapped);
    }
    if (marks.isEmpty()) {
      sheet.createRow(1).createCell(0).setCellValue("No errors, warnings or notes.");
    }
    for (int c = 0; c < WIDTHS.length; c++) {
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
    }
    sheet.createFreezePane(0, 1);
    sheet.getPrintSetup().setLandscape(true);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    putFirst(workbook, sheet);
  }

  private static void header(Sheet sheet, Workbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(bold);
    Row row = sheet.createRow(0);
    String[] headings = {"Severity", "Place", "Message"};
    for (int c = 0; c < headings.length; c++) {
      row.createCell(c).setCellValue(headings[c]);
      row.getCell(c).setCellStyle(style);
    }
  }

  private static void link(Cell place, String sheet, CellAddress cell, CellStyle style) {
    Hyperlink hyperlink =
        place.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
    hyperlink.setAddress(
        new CellReference(sheet, cell.getRow(), cell.getColumn(), false, false).formatAsString());
    place.setHyperlink(hyperlink);
    place.setCellStyle(style);
  }

  private static CellStyle linkStyle(Workbook workbook) {
    Font font = workbook.createFont();
    font.setUnderline(Font.U_SINGLE);
    font.setColor(IndexedColors.BLUE.getIndex());
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    return style;
  }

  // The list opens first: moved to the front, the only selected tab, the active sheet.
  private static void putFirst(Workbook workbook, Sheet sheet) {
    workbook.setSheetOrder(sheet.getSheetName(), 0);
    for (Sheet each : workbook) {
      each.setSelected(false);
    }
    workbook.setActiveSheet(0);
    workbook.setSelectedTab(0);
  }

  // A plan may have a Problems sheet of its own; the copy never replaces it.
  private static String freeName(Workbook workbook) {
    String name = NAME;
    for (int n = 2; workbook.getSheet(name) != null; n++) {
      name = NAME + " " + n;
    }
    return name;
  }
}

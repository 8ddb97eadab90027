package boardpack.write.plan;

import java.util.List;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Puts a {@link ColumnGuide} on a sheet: the note on the header cell, and the drop-down on the
 * column's cells below it. A list of words longer than Excel allows in a validation (255
 * characters) is written on the hidden {@value #LISTS} sheet and referred to from there.
 */
final class HeaderGuides {

  static final String LISTS = "Lists";

  /** Rows the drop-downs and ID ranges cover below the header: room for a large plan. */
  static final int ROWS = 1000;

  /** Excel's limit on a validation list written inline, separators included. */
  static final int INLINE_LIMIT = 255;

  private HeaderGuides() {}

  static void note(Cell header, String text) {
    Drawing<?> drawing = header.getSheet().createDrawingPatriarch();
    ClientAnchor anchor = header.getSheet().getWorkbook().getCreationHelper().createClientAnchor();
    anchor.setCol1(header.getColumnIndex());
    anchor.setCol2(header.getColumnIndex() + 3);
    anchor.setRow1(header.getRowIndex());
    anchor.setRow2(header.getRowIndex() + 5);
    Comment comment = drawing.createCellComment(anchor);
    comment.setString(
        header.getSheet().getWorkbook().getCreationHelper().createRichTextString(text));
    comment.setAuthor("boardpack");
    header.setCellComment(comment);
  }

  static void dropDown(XSSFSheet sheet, int column, int headerRow, ColumnGuide guide) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidationConstraint constraint =
        guide.idSheet() != null
            ? helper.createFormulaListConstraint(idRange(guide.idSheet(), headerRow))
            : listConstraint(sheet.getWorkbook(), helper, guide.choices());
    CellRangeAddressList cells =
        new CellRangeAddressList(headerRow + 1, headerRow + ROWS, column, column);
    DataValidation validation = helper.createValidation(constraint, cells);
    validation.setEmptyCellAllowed(true);
    validation.setShowErrorBox(true);
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.createErrorBox("Not in the list", "Pick a value from the drop-down list.");
    sheet.addValidationData(validation);
  }

  /** The IDs of a sheet of the same layout: column A below its header. */
  static String idRange(String sheet, int headerRow) {
    return SheetNameFormatter.format(sheet)
        + "!$A$"
        + (headerRow + 2)
        + ":$A$"
        + (headerRow + 1 + ROWS);
  }

  private static DataValidationConstraint listConstraint(
      XSSFWorkbook workbook, DataValidationHelper helper, List<String> choices) {
    if (String.join(",", choices).length() <= INLINE_LIMIT) {
      return helper.createExplicitListConstraint(choices.toArray(String[]::new));
    }
    return helper.createFormulaListConstraint(hiddenList(workbook, choices));
  }

  // One column of the hidden sheet per long list; the reader ignores sheets it does not know.
  private static String hiddenList(XSSFWorkbook workbook, List<String> choices) {
    XSSFSheet lists = workbook.getSheet(LISTS);
    if (lists == null) {
      lists = workbook.createSheet(LISTS);
      workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
    }
    int column = lists.getRow(0) == null ? 0 : lists.getRow(0).getLastCellNum();
    for (int r = 0; r < choices.size(); r++) {
      var row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
      row.createCell(column).setCellValue(choices.get(r));
    }
    String letter = CellReference.convertNumToColString(column);
    return SheetNameFormatter.format(LISTS)
        + "!$"
        + letter
        + "$1:$"
        + letter
        + "$"
        + choices.size();
  }
}

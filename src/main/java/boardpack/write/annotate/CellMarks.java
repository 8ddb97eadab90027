package boardpack.write.annotate;

import boardpack.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;

/**
 * Marks the plan's cells: the fill of the cell's worst problem on a copy of its style (so its
 * number format, font and borders stay), and one comment with every message about it. A comment the
 * cell already had keeps its text, the messages below it.
 */
final class CellMarks {

  static final String AUTHOR = "boardpack";

  private final Workbook workbook;
  private final MarkStyles styles;

  CellMarks(Workbook workbook) {
    this.workbook = workbook;
    this.styles = new MarkStyles(workbook);
  }

  void apply(List<Mark> marks) {
    Map<String, Map<CellAddress, List<Mark>>> byCell = new LinkedHashMap<>();
    for (Mark mark : marks) {
      if (mark.cell().isPresent()) {
        byCell
            .computeIfAbsent(mark.sheet().orElseThrow(), s -> new LinkedHashMap<>())
            .computeIfAbsent(mark.cell().get(), c -> new ArrayList<>())
            .add(mark);
      }
    }
    byCell.forEach(
        (sheet, cells) -> cells.forEach((at, here) -> mark(workbook.getSheet(sheet), at, here)));
  }

  private void mark(Sheet sheet, CellAddress at, List<Mark> here) {
    Row row =
        sheet.getRow(at.getRow()) == null
            ? sheet.createRow(at.getRow())
            : sheet.getRow(at.getRow());
    Cell cell =
        row.getCell(at.getColumn()) == null
            ? row.createCell(at.getColumn())
            : row.getCell(at.getColumn());
    Severity worst = here.stream().map(Mark::severity).min(Enum::compareTo).orElseThrow();
    cell.setCellStyle(styles.marked(cell.getCellStyle(), worst));
    comment(cell, here);
  }

  private void comment(Cell cell, List<Mark> here) {
    StringBuilder text = new StringBuilder();
    Comment existing = cell.getCellComment();
    if (existing != null && existing.getString() != null) {
      text.append(existing.getString().getString()).append("\n\n");
    }
    for (Mark mark : here) {
      text.append(AUTHOR)
          .append(' ')
          .append(Words.severity(mark.severity()))
          .append(": ")
          .append(mark.problem().message())
          .append('\n');
    }
    CreationHelper helper = workbook.getCreationHelper();
    Comment comment = existing != null ? existing : newComment(cell, helper);
    comment.setString(helper.createRichTextString(text.toString().strip()));
    comment.setAuthor(AUTHOR);
    cell.setCellComment(comment);
  }

  private static Comment newComment(Cell cell, CreationHelper helper) {
    Sheet sheet = cell.getSheet();
    // Not createDrawingPatriarch first: for .xls it would drop the sheet's existing drawings.
    Drawing<?> drawing =
        sheet.getDrawingPatriarch() != null
            ? sheet.getDrawingPatriarch()
            : sheet.createDrawingPatriarch();
    ClientAnchor anchor = helper.createClientAnchor();
    anchor.setCol1(cell.getColumnIndex() + 1);
    anchor.setCol2(cell.getColumnIndex() + 5);
    anchor.setRow1(cell.getRowIndex());
    anchor.setRow2(cell.getRowIndex() + 5);
    return drawing.createCellComment(anchor);
  }
}

package boardpack.write.xlsx;

import boardpack.model.Problem;
import boardpack.write.xlsx.CellStyles.Look;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/** The Data quality sheet: every warning with its {@code Sheet!Cell}, linked to that cell. */
final class DataQualitySheet {

  static final String NAME = "Data quality";
  static final int HEADER_ROW = 2;
  static final List<String> COLUMNS = List.of("Severity", "Where", "Problem");

  private final SheetWriter sheet;
  private final SourceLinks links;

  DataQualitySheet(SheetWriter sheet, SourceLinks links) {
    this.sheet = sheet;
    this.links = links;
  }

  void write(String title, List<Problem> problems) {
    sheet.text(sheet.row(0), 0, title, Look.TITLE);
    sheet.text(
        sheet.row(1),
        0,
        problems.isEmpty()
            ? "No warnings: every cell read as expected."
            : "Each place links to the cell in the plan; fix it there and run again.",
        Look.SUBTITLE);
    sheet.header(HEADER_ROW, COLUMNS);
    sheet.wrapAt(2, 90);
    int next = HEADER_ROW + 1;
    for (Problem problem : problems) {
      Row row = sheet.row(next++);
      sheet.text(row, 0, Words.capitalised(problem.severity().name()));
      String place = problem.where().place();
      links
          .to(problem.where())
          .ifPresentOrElse(
              link -> sheet.link(row, 1, place, link), () -> sheet.text(row, 1, place));
      sheet.text(row, 2, problem.message(), Look.WRAP);
    }
    sheet.finishTable(HEADER_ROW, next - 1, COLUMNS.size() - 1, 0);
  }
}

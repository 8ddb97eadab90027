package boardpack.write.pdf;

import boardpack.model.Problem;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPTable;

/** The appendix's notes and data-quality warnings, each with the cell or line it is about. */
final class Notes {

  private Notes() {}

  static void add(PackDocument pack, List<Problem> problems) {
    PackStyle style = pack.style();
    pack.part(style.label("section.notes"));
    if (problems.isEmpty()) {
      pack.paragraph(style.label("notes.none"));
      return;
    }
    PdfPTable table = pack.table(new float[] {22, 10, 68}, 1);
    table.addCell(pack.headerCell(style.label("column.where"), Element.ALIGN_LEFT));
    table.addCell(pack.headerCell(style.label("column.severity"), Element.ALIGN_LEFT));
    table.addCell(pack.headerCell(style.label("column.note"), Element.ALIGN_LEFT));
    LongTable rows = new LongTable(pack, table);
    for (Problem problem : problems) {
      rows.nextRow();
      table.addCell(pack.cell(problem.where().place(), style.small(), Element.ALIGN_LEFT));
      table.addCell(pack.cell(severity(style, problem), style.small(), Element.ALIGN_LEFT));
      table.addCell(pack.cell(problem.message(), style.small(), Element.ALIGN_LEFT));
    }
    rows.end();
  }

  private static String severity(PackStyle style, Problem problem) {
    return style.label(
        switch (problem.severity()) {
          case ERROR -> "severity.error";
          case WARNING -> "severity.warning";
          case NOTE -> "severity.note";
        });
  }
}

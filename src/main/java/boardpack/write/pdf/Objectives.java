package boardpack.write.pdf;

import boardpack.compute.KeyResultRow;
import boardpack.compute.ObjectiveRow;
import boardpack.compute.PackView;
import boardpack.model.KeyResultScore;
import boardpack.model.ObjectiveScore;
import boardpack.model.Status;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Objectives in cascade order (children indented under their parent), each with its owner, score
 * against expected, status and the status of the KPI it is meant to move; its key results beneath
 * with progress bars against the pace expected by now. Left out when the plan has no OKRs.
 */
final class Objectives {

  private static final float[] WIDTHS = {40, 14, 18, 9, 9, 14};
  private static final float BAR_WIDTH = 80;
  private static final float BAR_HEIGHT = 10;
  private static final float INDENT = 10;

  private Objectives() {}

  static void add(PackDocument pack, PackView view) {
    PackStyle style = pack.style();
    pack.section(style.label("section.objectives"));
    pack.note(style.label("objectives.legend"));
    PdfPTable table = pack.table(WIDTHS, 1);
    table.setSplitRows(false);
    header(pack, table);
    LongTable rows = new LongTable(pack, table);
    for (ObjectiveRow row : view.objectives()) {
      rows.nextShadedRow();
      objective(pack, table, row);
      for (KeyResultRow keyResult : row.keyResults()) {
        rows.nextRow();
        keyResult(pack, table, keyResult, row.depth());
      }
    }
    rows.end();
  }

  private static void header(PackDocument pack, PdfPTable table) {
    PackStyle style = pack.style();
    table.addCell(pack.headerCell(style.label("column.objectiveAndKr"), Element.ALIGN_LEFT));
    table.addCell(pack.headerCell(style.label("column.owner"), Element.ALIGN_LEFT));
    table.addCell(pack.headerCell(style.label("column.progress"), Element.ALIGN_CENTER));
    table.addCell(pack.headerCell(style.label("column.score"), Element.ALIGN_RIGHT));
    table.addCell(pack.headerCell(style.label("column.expected"), Element.ALIGN_RIGHT));
    table.addCell(pack.headerCell(style.label("column.status"), Element.ALIGN_LEFT));
  }

  private static void objective(PackDocument pack, PdfPTable table, ObjectiveRow row) {
    PackStyle style = pack.style();
    ObjectiveScore score = row.score();
    Phrase name = style.phrase();
    name.add(new Chunk(row.objective().statement(), style.bodyBold()));
    if (row.kpi().isPresent()) {
      name.add(
          new Chunk(
              "\n" + style.labels().format("objectives.kpi", row.kpi().get().kpi().name()) + " ",
              style.small()));
      Status kpiStatus = score.kpiStatus().orElse(row.kpi().get().month().status());
      name.add(StatusMark.phrase(kpiStatus, style, style.small()));
    }
    PdfPCell nameCell = shaded(pack, pack.cell(name, Element.ALIGN_LEFT));
    nameCell.setPaddingLeft(3 + INDENT * row.depth());
    table.addCell(nameCell);
    String owner = join(row.objective().owner(), row.objective().team());
    table.addCell(shaded(pack, pack.cell(owner, style.small(), Element.ALIGN_LEFT)));
    double progress = score.score().optional().orElse(0);
    double expected = score.expected().optional().orElse(0);
    table.addCell(shaded(pack, bar(pack, progress, expected)));
    table.addCell(
        shaded(
            pack,
            pack.cell(Numbers.percent(score.score()), style.bodyBold(), Element.ALIGN_RIGHT)));
    table.addCell(
        shaded(
            pack, pack.cell(Numbers.percent(score.expected()), style.body(), Element.ALIGN_RIGHT)));
    table.addCell(
        shaded(
            pack,
            pack.cell(
                StatusMark.phrase(score.status(), style, style.small()), Element.ALIGN_LEFT)));
  }

  private static void keyResult(PackDocument pack, PdfPTable table, KeyResultRow row, int depth) {
    PackStyle style = pack.style();
    KeyResultScore score = row.score();
    Phrase name = style.phrase();
    name.add(new Chunk(row.keyResult().statement(), style.body()));
    String due =
        style
            .labels()
            .format("objectives.due", style.labels().month(row.keyResult().due(), "format.month"));
    name.add(new Chunk("\n" + row.id().text() + " \u00B7 " + due, style.smallMuted()));
    PdfPCell nameCell = pack.cell(name, Element.ALIGN_LEFT);
    nameCell.setPaddingLeft(3 + INDENT * (depth + 1));
    table.addCell(nameCell);
    table.addCell(pack.cell(row.keyResult().owner(), style.small(), Element.ALIGN_LEFT));
    table.addCell(bar(pack, score.progress(), score.expected()));
    table.addCell(pack.cell(Numbers.percent(score.progress()), style.body(), Element.ALIGN_RIGHT));
    table.addCell(pack.cell(Numbers.percent(score.expected()), style.body(), Element.ALIGN_RIGHT));
    table.addCell(
        pack.cell(StatusMark.phrase(score.status(), style, style.small()), Element.ALIGN_LEFT));
  }

  private static PdfPCell bar(PackDocument pack, double progress, double expected) {
    Palette palette = pack.style().palette();
    ProgressBar bar = new ProgressBar(progress, expected);
    return pack.cell(
        pack.figure(
            BAR_WIDTH,
            BAR_HEIGHT,
            canvas ->
                bar.paint(
                    canvas,
                    BAR_WIDTH,
                    BAR_HEIGHT,
                    palette.text(),
                    palette.bandFair(),
                    palette.accent())));
  }

  private static PdfPCell shaded(PackDocument pack, PdfPCell cell) {
    return PackDocument.shaded(cell, pack.style().palette().zebra());
  }

  private static String join(String owner, String team) {
    if (team.isBlank()) {
      return owner;
    }
    return owner.isBlank() ? team : owner + "\n" + team;
  }
}

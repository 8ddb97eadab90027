package boardpack.write.pdf;

import boardpack.compute.KpiGroup;
import boardpack.compute.KpiRow;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The KPI scorecard: every KPI grouped by owner, with its status mark, month figures, variance,
 * year-to-date variance, trend and 13-month sparkline. The header repeats on every page and rows
 * never split, so a 300-KPI plan flows across pages without losing a row; a long table is laid out
 * as it is built (LongTable).
 */
final class ScorecardTable {

  private static final float[] WIDTHS = {27, 12, 12, 12, 9, 9, 11, 13};
  private static final float SPARK_WIDTH = 58;
  private static final float SPARK_HEIGHT = 16;

  private ScorecardTable() {}

  static void add(PackDocument pack, List<KpiGroup> groups) {
    PackStyle style = pack.style();
    KpiCells cells = new KpiCells(pack);
    PdfPTable table = pack.table(WIDTHS, 1);
    table.setSplitRows(false);
    header(pack, table);
    LongTable rows = new LongTable(pack, table);
    for (KpiGroup group : groups) {
      rows.nextShadedRow();
      table.addCell(groupRow(pack, group));
      for (KpiRow row : group.kpis()) {
        rows.nextRow();
        table.addCell(cells.name(row));
        table.addCell(cells.status(row.score().month().status()));
        table.addCell(cells.value(row.score().month().actual(), row));
        table.addCell(cells.target(row.score().month().target(), row));
        table.addCell(cells.variancePercent(row.month()));
        table.addCell(cells.variancePercent(row.yearToDate()));
        table.addCell(cells.trend(row.score().trend()));
        table.addCell(cells.sparkline(row, SPARK_WIDTH, SPARK_HEIGHT));
      }
    }
    rows.end();
    pack.note(style.label("scorecard.note"));
  }

  private static void header(PackDocument pack, PdfPTable table) {
    PackStyle style = pack.style();
    table.addCell(pack.headerCell(style.label("column.kpi"), Element.ALIGN_LEFT));
    table.addCell(pack.headerCell(style.label("column.status"), Element.ALIGN_LEFT));
    table.addCell(pack.headerCell(style.label("column.actual"), Element.ALIGN_RIGHT));
    table.addCell(pack.headerCell(style.label("column.target"), Element.ALIGN_RIGHT));
    table.addCell(pack.headerCell(style.label("column.variance"), Element.ALIGN_RIGHT));
    table.addCell(pack.headerCell(style.label("column.ytdVariance"), Element.ALIGN_RIGHT));
    table.addCell(pack.headerCell(style.label("column.trend"), Element.ALIGN_LEFT));
    table.addCell(pack.headerCell(style.label("column.months"), Element.ALIGN_CENTER));
  }

  private static PdfPCell groupRow(PackDocument pack, KpiGroup group) {
    PackStyle style = pack.style();
    String owner = group.owner().isEmpty() ? style.label("group.noOwner") : group.owner();
    PdfPCell cell = pack.cell(new Phrase(owner, style.smallBold()), Element.ALIGN_LEFT);
    cell.setColspan(WIDTHS.length);
    cell.setBackgroundColor(style.palette().zebra());
    return cell;
  }
}

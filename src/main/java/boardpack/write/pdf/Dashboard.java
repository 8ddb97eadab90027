package boardpack.write.pdf;

import boardpack.compute.KpiRow;
import boardpack.compute.Mover;
import boardpack.compute.PackView;
import boardpack.model.Figure;
import boardpack.model.Measure;
import java.util.List;
import java.util.OptionalDouble;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The dashboard page: the headline KPIs (the plan's Board KPIs, else those that matter most; the
 * view picks at most 10), each with a bullet graph of its attainment and a 13-month sparkline, then
 * the biggest movers since the previous month.
 */
final class Dashboard {

  private static final float[] WIDTHS = {27, 13, 13, 13, 10, 22, 14};
  private static final float BULLET_WIDTH = 100;
  private static final float BULLET_HEIGHT = 16;
  private static final float ROW_HEIGHT = 36;
  private static final float SPARK_WIDTH = 62;
  private static final float SPARK_HEIGHT = 24;

  /**
   * The bullet graph's scale runs to at least 125% of target, so the target never sits at the edge.
   */
  private static final double MIN_SCALE = 1.25;

  private static final double MAX_SCALE = 2.0;

  private Dashboard() {}

  static void add(PackDocument pack, PackView view) {
    PackStyle style = pack.style();
    pack.section(style.label("section.dashboard"));
    if (view.dashboard().isEmpty()) {
      pack.paragraph(style.label("dashboard.empty"));
      return;
    }
    PdfPTable table = pack.table(WIDTHS, 1);
    table.setSplitRows(false);
    for (String key :
        List.of(
            "column.kpi", "column.status", "column.actual", "column.target", "column.variance")) {
      int alignment =
          key.equals("column.kpi") || key.equals("column.status")
              ? Element.ALIGN_LEFT
              : Element.ALIGN_RIGHT;
      table.addCell(pack.headerCell(style.label(key), alignment));
    }
    table.addCell(pack.headerCell(style.label("column.bullet"), Element.ALIGN_CENTER));
    table.addCell(pack.headerCell(style.label("column.months"), Element.ALIGN_CENTER));
    KpiCells cells = new KpiCells(pack);
    double tolerance = view.amberTolerance();
    for (KpiRow row : view.dashboard()) {
      Measure month = row.score().month();
      for (PdfPCell cell :
          List.of(
              cells.name(row),
              cells.status(month.status()),
              cells.value(month.actual(), row),
              cells.target(month.target(), row),
              cells.variancePercent(row.month()),
              bullet(pack, month.attainment(), tolerance),
              cells.sparkline(row, SPARK_WIDTH, SPARK_HEIGHT))) {
        cell.setMinimumHeight(ROW_HEIGHT); // a page of at most 10 rows: room to breathe
        table.addCell(cell);
      }
    }
    pack.add(table);
    pack.note(style.label("dashboard.legend"));
    movers(pack, view.movers(), cells);
  }

  /**
   * Attainment on a scale of the status rule's own bands (below 1 - tolerance off track, up to 1 at
   * risk, from 1 on track); the bar is the attainment, the marker the target (1).
   */
  private static PdfPCell bullet(PackDocument pack, Figure attainment, double tolerance) {
    Palette palette = pack.style().palette();
    double top = Math.min(MAX_SCALE, Math.max(MIN_SCALE, attainment.optional().orElse(0) * 1.05));
    BulletGraph graph =
        new BulletGraph(
            0,
            top,
            List.of(
                new BulletGraph.Range(0, 1 - tolerance, palette.bandPoor()),
                new BulletGraph.Range(1 - tolerance, 1, palette.bandFair()),
                new BulletGraph.Range(1, top, palette.bandGood())),
            attainment.optional(),
            OptionalDouble.of(1));
    PdfPCell cell =
        pack.cell(
            pack.chart(
                BULLET_WIDTH,
                BULLET_HEIGHT,
                g ->
                    graph.paint(g, BULLET_WIDTH, BULLET_HEIGHT, palette.accent(), palette.text())));
    if (attainment.isAbsent()) {
      cell = pack.cell(Numbers.DASH, pack.style().smallMuted(), Element.ALIGN_CENTER);
    }
    return cell;
  }

  private static void movers(PackDocument pack, List<Mover> movers, KpiCells cells) {
    if (movers.isEmpty()) {
      return;
    }
    PackStyle style = pack.style();
    pack.subheading(style.label("dashboard.movers"));
    for (Mover mover : movers) {
      KpiRow row = mover.kpi();
      Phrase phrase = style.phrase();
      phrase.add(new Chunk(row.kpi().name() + ": ", style.bodyBold()));
      String change = Numbers.value(mover.change(), row.kpi().unit());
      String percent =
          mover.changePercent().isPresent()
              ? " (" + signed(mover.changePercent(), Numbers.percent(mover.changePercent())) + ")"
              : "";
      phrase.add(
          new Chunk(
              style.labels().format("dashboard.moved", signed(mover.change(), change) + percent),
              style.body(cells.colour(mover.effect()))));
      pack.paragraph(phrase, 2);
    }
  }

  private static String signed(Figure change, String text) {
    return change.isPresent() && change.value() > 0 ? "+" + text : text;
  }
}

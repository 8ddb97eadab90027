package boardpack.write.pdf;

import boardpack.compute.KpiRow;
import boardpack.compute.PackView;
import boardpack.compute.Variance;
import boardpack.model.Comment;
import boardpack.model.Figure;
import boardpack.model.KpiScore;
import boardpack.model.Measure;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A detail block per KPI that matters most: month, quarter-to-date and year-to-date figures, the
 * outlook, a chart of 13 months of actual and target with the forecast to the year end, and
 * finance's commentary. Blocks are kept whole, two or three to a page.
 */
final class KpiDetail {

  private static final float CHART_WIDTH = 300;
  private static final float CHART_HEIGHT = 165;
  private static final float BLOCK_HEIGHT = 250;

  private KpiDetail() {}

  static void add(PackDocument pack, PackView view, List<KpiRow> rows, int ofMany) {
    PackStyle style = pack.style();
    pack.section(style.label("section.detail"));
    if (rows.size() < ofMany) {
      pack.note(style.labels().format("detail.some", rows.size(), ofMany));
    }
    boolean first = true;
    for (KpiRow row : rows) {
      if (!first) {
        pack.keepRoom(BLOCK_HEIGHT);
      }
      first = false;
      block(pack, view, row);
    }
  }

  private static void block(PackDocument pack, PackView view, KpiRow row) {
    PackStyle style = pack.style();
    pack.part(row.kpi().name());
    pack.note(describe(row, style));
    PdfPTable layout = pack.table(new float[] {38, 62}, 0);
    layout.setKeepTogether(true);
    PdfPCell facts = new PdfPCell(facts(pack, row));
    facts.setBorder(PdfPCell.NO_BORDER);
    facts.setPadding(0);
    layout.addCell(facts);
    PdfPCell chart =
        new PdfPCell(
            pack.chart(
                CHART_WIDTH,
                CHART_HEIGHT,
                g -> DetailChart.of(view, row, style).paint(g, CHART_WIDTH, CHART_HEIGHT, style)),
            false);
    chart.setBorder(PdfPCell.NO_BORDER);
    chart.setPaddingLeft(8);
    layout.addCell(chart);
    pack.add(layout);
    pack.paragraph(new Phrase(view.observationOf(row).text(), style.body()), 3);
    for (Comment comment : row.commentary()) {
      Phrase phrase = style.phrase();
      phrase.add(new Chunk(style.label("detail.commentary") + " ", style.bodyBold()));
      phrase.add(new Chunk(comment.text(), style.body()));
      if (!comment.author().isBlank()) {
        phrase.add(new Chunk(" \u2014 " + comment.author(), style.smallMuted()));
      }
      pack.paragraph(phrase, 3);
    }
  }

  private static String describe(KpiRow row, PackStyle style) {
    var kpi = row.kpi();
    String owner =
        kpi.owner().isBlank()
            ? ""
            : " \u00B7 " + style.labels().format("detail.owner", kpi.owner());
    return kpi.id().text() + " \u00B7 " + Definitions.direction(kpi.direction(), style) + owner;
  }

  private static PdfPTable facts(PackDocument pack, KpiRow row) {
    PackStyle style = pack.style();
    KpiScore score = row.score();
    PdfPTable table = pack.table(new float[] {36, 32, 32}, 1);
    table.addCell(pack.headerCell("", Element.ALIGN_LEFT));
    table.addCell(pack.headerCell(style.label("column.actual"), Element.ALIGN_RIGHT));
    table.addCell(pack.headerCell(style.label("column.target"), Element.ALIGN_RIGHT));
    measure(
        pack,
        table,
        row,
        style.labels().month(score.shownMonth(), "format.month"),
        score.month(),
        row.month());
    measure(
        pack, table, row, style.label("detail.qtd"), score.quarterToDate(), row.quarterToDate());
    measure(pack, table, row, style.label("detail.ytd"), score.yearToDate(), row.yearToDate());
    fact(
        pack,
        table,
        style.label("detail.forecast"),
        value(row, score.outlook().forecast()),
        KpiCells.targetText(score.annualTarget(), row));
    statusLine(pack, table, score.outlook().forecastStatus(), row.forecast());
    fact(
        pack,
        table,
        style.label("detail.runRate"),
        value(row, score.outlook().requiredRunRate()),
        "");
    PdfPCell trendLabel = pack.cell(style.label("column.trend"), style.small(), Element.ALIGN_LEFT);
    table.addCell(trendLabel);
    PdfPCell trend =
        pack.cell(new KpiCells(pack).trendPhrase(score.trend(), style.small()), Element.ALIGN_LEFT);
    trend.setColspan(2);
    table.addCell(trend);
    return table;
  }

  private static void measure(
      PackDocument pack,
      PdfPTable table,
      KpiRow row,
      String label,
      Measure measure,
      Variance variance) {
    fact(
        pack,
        table,
        label,
        value(row, measure.actual()),
        KpiCells.targetText(measure.target(), row));
    statusLine(pack, table, measure.status(), variance);
  }

  private static void statusLine(
      PackDocument pack, PdfPTable table, boardpack.model.Status status, Variance variance) {
    PackStyle style = pack.style();
    PdfPCell mark = pack.cell(StatusMark.phrase(status, style, style.small()), Element.ALIGN_LEFT);
    mark.setColspan(2);
    table.addCell(mark);
    table.addCell(new KpiCells(pack).variancePercent(variance));
  }

  private static void fact(
      PackDocument pack, PdfPTable table, String label, String actual, String target) {
    PackStyle style = pack.style();
    table.addCell(pack.cell(label, style.smallBold(), Element.ALIGN_LEFT));
    table.addCell(pack.cell(actual, style.body(), Element.ALIGN_RIGHT));
    table.addCell(pack.cell(target, style.body(), Element.ALIGN_RIGHT));
  }

  private static String value(KpiRow row, Figure figure) {
    return Numbers.value(figure, row.kpi().unit());
  }
}

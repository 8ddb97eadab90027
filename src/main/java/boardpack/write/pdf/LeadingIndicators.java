package boardpack.write.pdf;

import boardpack.compute.PackView;
import boardpack.compute.PairRow;
import boardpack.model.LeadLagPair;
import boardpack.model.Prediction;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Each lead/lag pair: the leading and lagging KPI, the best lag, r over how many months, the
 * strength, whether the leading KPI is worsening, and the predictions with their status (a
 * predicted red is an early warning). A pair not analysed says why.
 */
final class LeadingIndicators {

  private static final float[] WIDTHS = {22, 22, 7, 12, 9, 14, 14};
  private static final float SPARK_WIDTH = 62;
  private static final float SPARK_HEIGHT = 15;

  private LeadingIndicators() {}

  static void add(PackDocument pack, PackView view) {
    PackStyle style = pack.style();
    pack.section(style.label("section.leading"));
    if (view.pairs().isEmpty()) {
      pack.paragraph(style.label("leading.none"));
      return;
    }
    pack.note(style.label("leading.legend"));
    PdfPTable table = pack.table(WIDTHS, 1);
    table.setSplitRows(false);
    for (String key :
        List.of("column.leading", "column.lagging", "column.lag", "column.r", "column.strength")) {
      boolean text =
          key.equals("column.leading")
              || key.equals("column.lagging")
              || key.equals("column.strength");
      table.addCell(
          pack.headerCell(style.label(key), text ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
    }
    table.addCell(pack.headerCell(style.label("column.leadingTrend"), Element.ALIGN_LEFT));
    table.addCell(pack.headerCell(style.label("column.pairMonths"), Element.ALIGN_CENTER));
    for (PairRow row : view.pairs()) {
      pair(pack, table, row);
    }
    pack.add(table);
  }

  private static void pair(PackDocument pack, PdfPTable table, PairRow row) {
    PackStyle style = pack.style();
    LeadLagPair pair = row.pair();
    table.addCell(pack.cell(row.leading().kpi().name(), style.bodyBold(), Element.ALIGN_LEFT));
    table.addCell(pack.cell(row.lagging().kpi().name(), style.bodyBold(), Element.ALIGN_LEFT));
    String lag =
        pair.bestLag().map(l -> style.labels().format("leading.months", l)).orElse(Numbers.DASH);
    table.addCell(pack.cell(lag, style.body(), Element.ALIGN_RIGHT));
    Phrase r = style.phrase();
    r.add(
        new Chunk(
            pair.r().isPresent() ? Numbers.coefficient(pair.r().value()) : Numbers.DASH,
            style.body()));
    if (pair.r().isPresent()) {
      r.add(
          new Chunk(
              "\n" + style.labels().format("leading.pairs", pair.pairs()), style.smallMuted()));
    }
    table.addCell(pack.cell(r, Element.ALIGN_RIGHT));
    String strength =
        pair.strength().map(s -> style.label("strength." + s.word())).orElse(Numbers.DASH);
    table.addCell(pack.cell(strength, style.body(), Element.ALIGN_LEFT));
    table.addCell(
        pack.cell(
            new KpiCells(pack).trendPhrase(row.leading().trend(), style.small()),
            Element.ALIGN_LEFT));
    table.addCell(months(pack, row));
    PdfPCell details = pack.cell(details(pack, row), Element.ALIGN_LEFT);
    details.setColspan(WIDTHS.length);
    details.setPaddingLeft(14);
    table.addCell(details);
  }

  /** The two KPIs' last 13 months, leading above lagging, so a reader sees one follow the other. */
  private static PdfPCell months(PackDocument pack, PairRow row) {
    Palette palette = pack.style().palette();
    Sparkline leading = KpiCells.sparklineOf(row.leading().history());
    Sparkline lagging = KpiCells.sparklineOf(row.lagging().history());
    return pack.cell(
        pack.figure(
            SPARK_WIDTH,
            2 * SPARK_HEIGHT,
            canvas -> {
              canvas.saveState();
              canvas.concatCTM(1, 0, 0, 1, 0, SPARK_HEIGHT); // the upper half
              leading.paint(canvas, SPARK_WIDTH, SPARK_HEIGHT, palette.text(), palette.rule());
              canvas.restoreState();
              lagging.paint(canvas, SPARK_WIDTH, SPARK_HEIGHT, palette.accent(), palette.rule());
            }));
  }

  private static Phrase details(PackDocument pack, PairRow row) {
    PackStyle style = pack.style();
    LeadLagPair pair = row.pair();
    Phrase phrase = style.phrase();
    if (!pair.note().isBlank()) {
      phrase.add(new Chunk(style.labels().format("leading.note", pair.note()), style.smallMuted()));
      return phrase;
    }
    if (pair.predictions().isEmpty()) {
      phrase.add(new Chunk(style.label("leading.noPredictions"), style.smallMuted()));
      return phrase;
    }
    phrase.add(new Chunk(style.label("leading.predictions") + "  ", style.smallBold()));
    for (Prediction prediction : pair.predictions()) {
      String month = style.labels().month(prediction.month(), "format.month");
      String predicted = Numbers.value(prediction.predicted(), row.lagging().kpi().unit());
      String target = Numbers.value(prediction.target(), row.lagging().kpi().unit());
      phrase.add(
          new Chunk(
              style.labels().format("leading.prediction", month, predicted, target) + " ",
              style.small()));
      phrase.add(StatusMark.phrase(prediction.status(), style, style.small()));
      if (prediction.isEarlyWarning()) {
        phrase.add(new Chunk(" " + style.label("leading.earlyWarning"), style.smallBold()));
      }
      phrase.add(new Chunk("    ", style.small()));
    }
    return phrase;
  }
}

package boardpack.write.pdf;

import boardpack.compute.Attention;
import boardpack.compute.EarlyWarning;
import boardpack.compute.KeyResultRow;
import boardpack.compute.KpiRow;
import boardpack.compute.PackView;
import boardpack.compute.PairRow;
import boardpack.model.Status;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;

/**
 * What needs the board's attention, exceptions first in the view's order: red KPIs, key results
 * behind pace, early warnings, leading indicators worsening, KPIs that need an OKR, key results
 * proposed as KPIs. Each line starts with its status shape.
 */
final class AttentionList {

  private record Item(Status status, String text) {}

  private AttentionList() {}

  static List<Element> paragraphs(PackDocument pack, PackView view, int items) {
    PackStyle style = pack.style();
    List<Item> all = items(view, style);
    List<Element> paragraphs = new ArrayList<>();
    if (all.isEmpty()) {
      paragraphs.add(
          ExecutiveSummary.line(new Phrase(style.label("attention.none"), style.body()), style));
    }
    for (Item item : all.subList(0, Math.min(items, all.size()))) {
      Phrase phrase = style.phrase();
      phrase.add(
          new Chunk(
              StatusMark.shape(item.status()) + "\u00A0",
              style.body(StatusMark.colour(item.status(), style.palette()))));
      phrase.add(new Chunk(item.text(), style.body()));
      paragraphs.add(ExecutiveSummary.line(phrase, style));
    }
    ExecutiveSummary.more(paragraphs, style, all.size() - items, "attention.more");
    return paragraphs;
  }

  private static List<Item> items(PackView view, PackStyle style) {
    Labels labels = style.labels();
    Attention attention = view.attention();
    List<Item> items = new ArrayList<>();
    for (KpiRow row : attention.redKpis()) {
      String text =
          row.month().percent().isPresent()
              ? labels.format(
                  "attention.red",
                  row.kpi().name(),
                  Numbers.percent(Math.abs(row.month().percent().value())))
              : labels.format("attention.redNoVariance", row.kpi().name());
      items.add(new Item(Status.RED, text));
    }
    for (KeyResultRow row : attention.behindKeyResults()) {
      items.add(
          new Item(
              Status.RED,
              labels.format(
                  "attention.behind",
                  row.keyResult().statement(),
                  Numbers.percent(row.score().progress()),
                  Numbers.percent(row.score().expected()))));
    }
    for (EarlyWarning warning : attention.earlyWarnings()) {
      PairRow pair = warning.pair();
      items.add(
          new Item(
              Status.AMBER,
              labels.format(
                  "attention.early",
                  pair.lagging().kpi().name(),
                  labels.month(warning.prediction().month(), "format.period"),
                  pair.leading().kpi().name())));
    }
    for (PairRow pair : attention.atRiskAhead()) {
      items.add(
          new Item(
              Status.AMBER,
              labels.format(
                  "attention.ahead", pair.leading().kpi().name(), pair.lagging().kpi().name())));
    }
    for (KpiRow row : attention.needOkr()) {
      items.add(new Item(Status.RED, labels.format("attention.needOkr", row.kpi().name())));
    }
    for (KeyResultRow row : attention.carryForward()) {
      items.add(
          new Item(Status.GREEN, labels.format("attention.carry", row.keyResult().statement())));
    }
    return items;
  }
}

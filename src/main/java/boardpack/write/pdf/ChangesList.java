package boardpack.write.pdf;

import boardpack.compute.Changes;
import boardpack.compute.MeasureChange;
import boardpack.compute.PackView;
import boardpack.compute.Restatement;
import boardpack.compute.StatusChange;
import boardpack.model.Source;
import boardpack.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;

/**
 * The executive summary's "What changed" section, from the view's {@link Changes}: one line of
 * counts, then at most {@link #MOST_ITEMS} changes (statuses, measures added and removed, restated
 * actuals, in that order) and "and N more" pointing to the changes file, so it stays short.
 */
final class ChangesList {

  static final int MOST_ITEMS = 4;

  private record Item(Optional<Status> status, String text) {}

  private ChangesList() {}

  static List<Element> paragraphs(PackDocument pack, PackView view, int items) {
    PackStyle style = pack.style();
    Labels labels = style.labels();
    Changes changes = view.changes();
    List<Element> paragraphs = new ArrayList<>();
    if (changes.since().isEmpty()) {
      paragraphs.add(line(style, labels.get("changes.none")));
      return paragraphs;
    }
    String since = labels.month(changes.since().get(), "format.period");
    if (changes.count() == 0) {
      paragraphs.add(line(style, labels.format("changes.nothing", since)));
      return paragraphs;
    }
    paragraphs.add(
        line(
            style,
            labels.format(
                "changes.counts",
                since,
                changes.statuses().size(),
                changes.added().size(),
                changes.removed().size(),
                changes.restated().size())));
    List<Item> all = items(changes, style);
    int shown = Math.min(Math.min(items, MOST_ITEMS), all.size());
    for (Item item : all.subList(0, shown)) {
      Phrase phrase = style.phrase();
      phrase.add(
          item.status()
              .map(
                  s ->
                      new Chunk(
                          StatusMark.shape(s) + "\u00A0",
                          style.body(StatusMark.colour(s, style.palette()))))
              .orElseGet(() -> new Chunk("\u2022\u00A0", style.body())));
      phrase.add(new Chunk(item.text(), style.body()));
      paragraphs.add(ExecutiveSummary.line(phrase, style));
    }
    ExecutiveSummary.more(paragraphs, style, all.size() - shown, "changes.more");
    return paragraphs;
  }

  private static List<Item> items(Changes changes, PackStyle style) {
    Labels labels = style.labels();
    List<Item> items = new ArrayList<>();
    for (StatusChange change : changes.statuses()) {
      String text =
          labels.format(
              "changes.status",
              change.name(),
              StatusMark.word(change.before(), labels),
              StatusMark.word(change.now(), labels));
      items.add(new Item(Optional.of(change.now()), text));
    }
    for (MeasureChange change : changes.added()) {
      items.add(
          new Item(
              Optional.empty(),
              labels.format("changes.added", change.name(), kind(change, labels))));
    }
    for (MeasureChange change : changes.removed()) {
      items.add(
          new Item(
              Optional.empty(),
              labels.format("changes.removed", change.name(), kind(change, labels))));
    }
    for (Restatement r : changes.restated()) {
      String text =
          labels.format(
              "changes.restated",
              r.name(),
              labels.month(r.month(), "format.period"),
              value(r.before(), labels),
              value(r.now(), labels),
              r.source().map(Source::place).orElse(labels.get("changes.notReported")));
      items.add(new Item(Optional.empty(), text));
    }
    return items;
  }

  private static String kind(MeasureChange change, Labels labels) {
    return labels.get("kind." + change.kind().name().toLowerCase(Locale.ROOT));
  }

  private static String value(Optional<Double> value, Labels labels) {
    return value.map(Numbers::plain).orElse(labels.get("changes.notReported"));
  }

  private static Element line(PackStyle style, String text) {
    return ExecutiveSummary.line(new Phrase(text, style.body()), style);
  }
}

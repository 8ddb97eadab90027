package boardpack.write.pdf;

import boardpack.compute.Headline;
import boardpack.compute.Observation;
import boardpack.compute.PackView;
import boardpack.compute.StatusCounts;
import boardpack.model.Comment;
import boardpack.model.ObjectiveScore;
import boardpack.model.Status;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The executive summary, on one page: the headline (status counts as bars, objective scores), what
 * needs attention, what changed since the last pack ({@link ChangesList}), finance's commentary and
 * the observations the view states in words. Long lists are cut to fit with "and N more" pointing
 * to the section that has them all.
 */
final class ExecutiveSummary {

  private static final float BAR_WIDTH = 140;
  private static final float BAR_HEIGHT = 9;

  private ExecutiveSummary() {}

  static void add(PackDocument pack, PackView view) {
    pack.section(pack.style().label("section.summary"));
    OnePage.add(pack, items -> layout(pack, view, items));
  }

  private static List<Element> layout(PackDocument pack, PackView view, int items) {
    PackStyle style = pack.style();
    List<Element> elements = new ArrayList<>();
    elements.add(headline(pack, view.headline()));
    if (!view.headline().topObjectives().isEmpty()) {
      elements.add(heading(style, "summary.objectives"));
      elements.add(objectives(pack, view.headline().topObjectives()));
    }
    elements.add(heading(style, "summary.attention"));
    elements.addAll(AttentionList.paragraphs(pack, view, items));
    elements.add(heading(style, "summary.changes"));
    elements.addAll(ChangesList.paragraphs(pack, view, items)); // since the last pack's record
    elements.add(heading(style, "summary.commentary"));
    elements.addAll(commentary(pack, view, items));
    elements.add(heading(style, "summary.observations"));
    elements.addAll(observations(pack, view.observations(), items));
    return elements;
  }

  private static PdfPTable headline(PackDocument pack, Headline headline) {
    PdfPTable table = pack.table(new float[] {16, 34, 50}, 0);
    row(pack, table, "summary.kpis", "summary.kpi", headline.kpis());
    if (headline.keyResults().total() > 0) {
      row(pack, table, "summary.keyResults", "summary.keyResult", headline.keyResults());
    }
    if (headline.objectives().total() > 0) {
      row(pack, table, "summary.objectiveCounts", "summary.objectiveCount", headline.objectives());
    }
    return table;
  }

  private static void row(
      PackDocument pack, PdfPTable table, String many, String one, StatusCounts counts) {
    PackStyle style = pack.style();
    String label =
        counts.total() == 1 ? style.label(one) : style.labels().format(many, counts.total());
    table.addCell(pack.cell(label, style.bodyBold(), Element.ALIGN_LEFT));
    StatusBar bar = new StatusBar(counts);
    table.addCell(
        pack.cell(
            pack.chart(
                BAR_WIDTH, BAR_HEIGHT, g -> bar.paint(g, BAR_WIDTH, BAR_HEIGHT, style.palette()))));
    Phrase words = style.phrase();
    count(words, style, Status.GREEN, counts.green());
    count(words, style, Status.AMBER, counts.amber());
    count(words, style, Status.RED, counts.red());
    count(words, style, Status.NONE, counts.none());
    table.addCell(pack.cell(words, Element.ALIGN_LEFT));
  }

  private static void count(Phrase words, PackStyle style, Status status, int count) {
    if (!words.isEmpty()) {
      words.add(new Chunk("   ", style.body()));
    }
    words.add(
        new Chunk(
            StatusMark.shape(status) + "\u00A0",
            style.body(StatusMark.colour(status, style.palette()))));
    words.add(
        new Chunk(
            count
                + "\u00A0"
                + StatusMark.word(status, style.labels())
                    .toLowerCase(style.labels().locale())
                    .replace(' ', '\u00A0'), // "2 off track" never splits
            style.body()));
  }

  private static PdfPTable objectives(PackDocument pack, List<ObjectiveScore> scores) {
    PackStyle style = pack.style();
    PdfPTable table = pack.table(new float[] {58, 14, 14, 14}, 1);
    table.addCell(pack.headerCell(style.label("column.objective"), Element.ALIGN_LEFT));
    table.addCell(pack.headerCell(style.label("column.score"), Element.ALIGN_RIGHT));
    table.addCell(pack.headerCell(style.label("column.expected"), Element.ALIGN_RIGHT));
    table.addCell(pack.headerCell(style.label("column.status"), Element.ALIGN_LEFT));
    for (ObjectiveScore score : scores) {
      table.addCell(pack.cell(score.objective().statement(), style.body(), Element.ALIGN_LEFT));
      table.addCell(pack.cell(Numbers.percent(score.score()), style.body(), Element.ALIGN_RIGHT));
      table.addCell(
          pack.cell(Numbers.percent(score.expected()), style.body(), Element.ALIGN_RIGHT));
      table.addCell(
          pack.cell(StatusMark.phrase(score.status(), style, style.small()), Element.ALIGN_LEFT));
    }
    return table;
  }

  private static List<Element> commentary(PackDocument pack, PackView view, int items) {
    PackStyle style = pack.style();
    List<Element> paragraphs = new ArrayList<>();
    List<Comment> comments = view.commentary();
    if (comments.isEmpty()) {
      paragraphs.add(line(new Phrase(style.label("summary.noCommentary"), style.body()), style));
    }
    for (Comment comment : comments.subList(0, Math.min(items, comments.size()))) {
      Phrase phrase = style.phrase();
      phrase.add(new Chunk(view.measureName(comment.id()) + ": ", style.bodyBold()));
      phrase.add(new Chunk(comment.text(), style.body()));
      if (!comment.author().isBlank()) {
        phrase.add(new Chunk(" \u2014 " + comment.author(), style.smallMuted()));
      }
      paragraphs.add(line(phrase, style));
    }
    more(paragraphs, style, comments.size() - items, "summary.moreCommentary");
    return paragraphs;
  }

  private static List<Element> observations(
      PackDocument pack, List<Observation> observations, int items) {
    PackStyle style = pack.style();
    List<Element> paragraphs = new ArrayList<>();
    if (observations.isEmpty()) {
      paragraphs.add(line(new Phrase(style.label("summary.noObservations"), style.body()), style));
    }
    for (Observation observation : observations.subList(0, Math.min(items, observations.size()))) {
      paragraphs.add(line(new Phrase("\u2022 " + observation.text(), style.body()), style));
    }
    more(paragraphs, style, observations.size() - items, "summary.moreObservations");
    return paragraphs;
  }

  static void more(List<Element> paragraphs, PackStyle style, int left, String key) {
    if (left > 0) {
      paragraphs.add(line(new Phrase(style.labels().format(key, left), style.smallMuted()), style));
    }
  }

  /** A paragraph of body text or smaller; its leading is the body's whatever the phrase's font. */
  static Paragraph line(Phrase phrase, PackStyle style) {
    Paragraph paragraph = new Paragraph(phrase);
    paragraph.setLeading(style.sizes().body() * 1.35f);
    paragraph.setSpacingAfter(2.5f);
    return paragraph;
  }

  private static Paragraph heading(PackStyle style, String key) {
    Paragraph paragraph = new Paragraph(style.label(key), style.subheading());
    paragraph.setSpacingBefore(9);
    paragraph.setSpacingAfter(4);
    return paragraph;
  }
}

package boardpack.mail;

import boardpack.compute.Headline;
import boardpack.compute.PackView;
import boardpack.compute.Scope;
import boardpack.compute.StatusCounts;
import boardpack.model.ObjectiveScore;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The words of one pack's message: a subject with the organisation, period and scope, and a short
 * body with the view's headline figures, as plain text lines (the HTML part shows the same lines).
 */
public record MessageText(String subject, String greeting, List<String> lines) {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

  public MessageText {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(greeting, "greeting");
    lines = List.copyOf(lines);
  }

  /** The message for {@code recipientName} (may be blank) of the pack {@code view} describes. */
  public static MessageText of(PackView view, String recipientName, List<String> attachmentNames) {
    String organisation = view.header().organisation();
    String month = MONTH.format(view.header().period());
    String pack = view.scope() instanceof Scope.All ? "board pack" : "pack for " + label(view);
    String subject = organisation + " " + pack + ", " + month;
    String greeting = recipientName.isBlank() ? "Hello," : "Dear " + recipientName.strip() + ",";
    List<String> lines = new ArrayList<>();
    String about = "the " + organisation + " " + pack + " for " + month;
    lines.add(
        attachmentNames.isEmpty()
            ? "Headline figures of " + about + ":"
            : "Attached is " + about + ".");
    lines.add("");
    lines.addAll(headline(view.headline()));
    if (!attachmentNames.isEmpty()) {
      lines.add("");
      lines.add("Attached: " + String.join(", ", attachmentNames));
    }
    lines.add("");
    lines.add("Prepared by boardpack from " + view.header().planFile() + ".");
    return new MessageText(
        oneLine(subject), oneLine(greeting), lines.stream().map(MessageText::oneLine).toList());
  }

  /** The month as the subject writes it: {@code October 2026}. */
  static String month(YearMonth period) {
    return MONTH.format(period);
  }

  private static String label(PackView view) {
    return view.scope().label();
  }

  private static List<String> headline(Headline headline) {
    List<String> lines = new ArrayList<>();
    lines.add("KPIs: " + counts(headline.kpis()));
    if (headline.keyResults().total() > 0) {
      lines.add("Key results: " + counts(headline.keyResults()));
    }
    if (headline.objectives().total() > 0) {
      lines.add("Objectives: " + counts(headline.objectives()));
    }
    for (ObjectiveScore objective : headline.topObjectives()) {
      lines.add("  " + objective.objective().statement() + ": " + score(objective));
    }
    return lines;
  }

  private static String counts(StatusCounts counts) {
    return counts.green()
        + " green, "
        + counts.amber()
        + " amber, "
        + counts.red()
        + " red, "
        + counts.none()
        + " without data";
  }

  private static String score(ObjectiveScore objective) {
    String status = objective.status().word();
    if (objective.score().isAbsent()) {
      return "no score yet (" + status + ")";
    }
    return Math.round(objective.score().value() * 100) + "% (" + status + ")";
  }

  // A cell can hold line breaks; a subject must not, and each line stays one line.
  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\t]+", " ");
  }
}

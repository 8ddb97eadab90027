package boardpack.read;

import boardpack.model.Aggregation;
import boardpack.model.Attachment;
import boardpack.model.Direction;
import boardpack.model.Frequency;
import boardpack.model.Indicator;
import boardpack.model.KeyResultType;
import boardpack.model.Metric;
import boardpack.model.PageSize;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words of workbook.md's enumerated columns and their synonyms, matched ignoring case, spaces,
 * {@code _} and {@code -}.
 */
final class Words<E> {

  static final Words<Direction> DIRECTION =
      new Words<Direction>()
          .add(Direction.HIGHER_IS_BETTER, "Higher is better", "Up", "Increase")
          .add(Direction.LOWER_IS_BETTER, "Lower is better", "Down", "Decrease")
          .add(Direction.WITHIN_RANGE, "Within range", "Range", "Band");
  static final Words<Indicator> INDICATOR =
      new Words<Indicator>().add(Indicator.LEADING, "Leading").add(Indicator.LAGGING, "Lagging");
  static final Words<Aggregation> AGGREGATION =
      new Words<Aggregation>()
          .add(Aggregation.SUM, "Sum")
          .add(Aggregation.AVERAGE, "Average")
          .add(Aggregation.LAST, "Last");
  static final Words<Frequency> FREQUENCY =
      new Words<Frequency>()
          .add(Frequency.MONTHLY, "Monthly")
          .add(Frequency.QUARTERLY, "Quarterly");
  static final Words<KeyResultType> KEY_RESULT_TYPE =
      new Words<KeyResultType>()
          .add(KeyResultType.OUTCOME, "Outcome")
          .add(KeyResultType.EFFORT, "Effort");
  static final Words<Metric> METRIC =
      new Words<Metric>()
          .add(Metric.INCREASE, "Increase", "Transition", "Positive")
          .add(Metric.DECREASE, "Decrease", "Negative")
          .add(Metric.THRESHOLD, "Threshold")
          .add(Metric.MILESTONE, "Milestone")
          .add(Metric.BASELINE, "Baseline");
  static final Words<Attachment> ATTACHMENT =
      new Words<Attachment>()
          .add(Attachment.PDF, "PDF")
          .add(Attachment.XLSX, "XLSX")
          .add(Attachment.BOTH, "Both");

  /** The KPIs sheet's Board column; blank is No. */
  static final Words<Boolean> YES_NO = new Words<Boolean>().add(true, "Yes").add(false, "No");

  static final Words<PageSize> PAGE_SIZE =
      new Words<PageSize>().add(PageSize.A4, "A4").add(PageSize.LETTER, "Letter");

  private final Map<String, E> byFolded = new HashMap<>();
  private final List<String> accepted = new ArrayList<>();

  private Words<E> add(E meaning, String... words) {
    for (String word : words) {
      byFolded.put(Folding.fold(word), meaning);
      accepted.add(word);
    }
    return this;
  }

  Optional<E> meaning(String text) {
    return Optional.ofNullable(byFolded.get(Folding.fold(text)));
  }

  /** The meaning of a non-blank field, or empty when blank or unknown (then reported). */
  Optional<E> read(Field field, Problems problems) {
    String text = CellValues.text(field, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<E> meaning = meaning(text);
    if (meaning.isEmpty()) {
      problems.error(
          field.at(),
          field.what()
              + " \""
              + text
              + "\" is not known; expected one of "
              + String.join(", ", accepted));
    }
    return meaning;
  }
}

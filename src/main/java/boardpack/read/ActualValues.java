package boardpack.read;

import boardpack.model.Value;
import java.util.Optional;

/** One actual, from a cell or a CSV line; a milestone's completion may also be the text Done. */
final class ActualValues {

  static final String DONE = "Done";
  private static final String COMPLETION = "a completion fraction such as 40%, 1 or Done";

  private ActualValues() {}

  /**
   * workbook.md: "A Milestone's values are completion fractions (40%, 1, or the text Done)";
   * calculations.md clamps them to [0, 1], so a value outside is a warning, not an error.
   */
  static Optional<Value> actual(Field field, boolean milestone, Problems problems) {
    if (!milestone) {
      return CellValues.number(field, problems);
    }
    if (field.content() instanceof CellContent.Text text) {
      if (Folding.fold(text.text()).equals(Folding.fold(DONE))) {
        return Optional.of(new Value(1, field.at()));
      }
      if (CellValues.parseNumber(text.text()).isEmpty()) {
        return CellValues.notA(field, "a completion", COMPLETION, problems);
      }
    }
    Optional<Value> value = CellValues.number(field, problems);
    if (value.isPresent() && !(value.get().number() >= 0 && value.get().number() <= 1)) {
      problems.warning(
          field.at(),
          "milestone completion "
              + CellValues.show(value.get().number())
              + " is not between 0 and 1; expected "
              + COMPLETION);
    }
    return value;
  }
}

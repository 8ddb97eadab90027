package boardpack.compute;

import boardpack.model.Aggregation;
import boardpack.model.Figure;
import boardpack.model.Origin;
import boardpack.model.Value;
import java.util.List;

/** Figures made from the plan's values, each naming the inputs it came from. */
final class Figures {

  private Figures() {}

  /** A value of the plan as a figure read from its cell or CSV line. */
  static Figure read(Value value) {
    return Figure.of(value.number(), Origin.read(value.source()));
  }

  /**
   * calculations.md: months combined by a KPI's aggregation. Sum adds, Average takes the mean, Last
   * takes the final month (oldest first); every figure must be present. A sum too large for a
   * double is absent ("too large to compute"), naming the months all the same.
   */
  static Figure combine(Aggregation aggregation, List<Figure> months) {
    if (aggregation == Aggregation.LAST) {
      return months.getLast();
    }
    double[] values = months.stream().mapToDouble(Figure::value).toArray();
    double combined =
        aggregation == Aggregation.SUM ? Statistics.sum(values) : Statistics.mean(values);
    return Statistics.finite(combined)
        .from(Origin.combined(months.stream().map(Figure::origin).toList()));
  }
}

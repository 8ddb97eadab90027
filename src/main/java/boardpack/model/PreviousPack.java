package boardpack.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What an earlier month's run left in the output folder: the record of the actuals it was built
 * from and, for each kind whose scorecard file was there, the measures with their statuses.
 *
 * @param period the earlier pack's reporting month
 * @param measures by kind; a kind is absent when its earlier file was not there (then its statuses
 *     and its measures added or removed are not compared)
 */
public record PreviousPack(
    YearMonth period,
    List<RecordedActual> actuals,
    Map<MeasureKind, List<RecordedMeasure>> measures) {

  public PreviousPack {
    Objects.requireNonNull(period, "period");
    actuals = List.copyOf(actuals);
    measures =
        measures.entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }
}

package boardpack.model;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of the KeyResults sheet with workbook.md's defaults applied (Type Effort for milestones,
 * Due the objective's End, Weight 1).
 *
 * @param startValue where an Increase/Decrease KR starts
 * @param target where an Increase/Decrease KR must end
 * @param band the band a Threshold KR keeps inside
 * @param kpi the KPI that measures this KR (a KR that is a KPI)
 * @param source the KR's ID cell
 */
public record KeyResult(
    Id id,
    Id objective,
    String statement,
    String owner,
    KeyResultType type,
    Metric metric,
    Optional<Value> startValue,
    Optional<Value> target,
    Optional<Band> band,
    YearMonth due,
    double weight,
    Optional<Id> kpi,
    Source source) {

  public KeyResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(startValue, "startValue");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(source, "source");
    if (!(weight > 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException(id + ": weight must be a number above 0");
    }
    boolean moves = metric == Metric.INCREASE || metric == Metric.DECREASE;
    if (moves && (startValue.isEmpty() || target.isEmpty())) {
      throw new IllegalArgumentException(
          id + ": an " + metric + " key result needs start and target");
    }
    if (metric == Metric.THRESHOLD && band.isEmpty()) {
      throw new IllegalArgumentException(id + ": a threshold key result needs its band");
    }
  }
}

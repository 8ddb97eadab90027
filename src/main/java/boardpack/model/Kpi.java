package boardpack.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A row of the KPIs sheet with workbook.md's defaults applied: {@code aggregation} is the one the
 * engine uses (Average for a % or within-range KPI when none is given, and always Average for a
 * within-range KPI given Sum, by {@link Aggregation#usedFor}).
 *
 * @param band the band of a within-range KPI; empty for the other directions
 * @param leads the lagging KPI this leading KPI drives
 * @param lag the expected lag in months; empty: found from the data
 * @param source the KPI's ID cell
 * @param board the Board column said Yes: the KPI goes on the pack's dashboard page
 */
public record Kpi(
    Id id,
    String name,
    String owner,
    Unit unit,
    Direction direction,
    Indicator indicator,
    Aggregation aggregation,
    Optional<Value> annualTarget,
    Optional<Band> band,
    Optional<Id> leads,
    Optional<Integer> lag,
    Frequency frequency,
    String dataSource,
    Source source,
    boolean board) {

  public Kpi {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(indicator, "indicator");
    aggregation = Objects.requireNonNull(aggregation, "aggregation").usedFor(direction);
    Objects.requireNonNull(annualTarget, "annualTarget");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(leads, "leads");
    Objects.requireNonNull(lag, "lag");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(source, "source");
    if (direction == Direction.WITHIN_RANGE && band.isEmpty()) {
      throw new IllegalArgumentException(id + ": a within-range KPI needs its band");
    }
    if (lag.isPresent() && lag.get() < 0) {
      throw new IllegalArgumentException(id + ": lag cannot be negative");
    }
  }

  public boolean isQuarterly() {
    return frequency == Frequency.QUARTERLY;
  }

  public boolean isWithinRange() {
    return direction == Direction.WITHIN_RANGE;
  }
}

package boardpack.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AggregationTest {

  private static final Source H5 = Source.cell("plan.xlsx", "KPIs", 4, 7);

  @Test
  void withinRangeKpiGivenSum_isAverage_aWithinRangeKpiNeverSums() {
    Band band = new Band(new Value(1, H5), new Value(2, H5));
    Kpi kpi =
        new Kpi(
            Id.of("K"),
            "K",
            "",
            Unit.NONE,
            Direction.WITHIN_RANGE,
            Indicator.LAGGING,
            Aggregation.SUM,
            Optional.empty(),
            Optional.of(band),
            Optional.empty(),
            Optional.empty(),
            Frequency.MONTHLY,
            "",
            H5);

    assertEquals(Aggregation.AVERAGE, kpi.aggregation());
    assertEquals(Aggregation.SUM, Aggregation.SUM.usedFor(Direction.HIGHER_IS_BETTER));
    assertEquals(Aggregation.LAST, Aggregation.LAST.usedFor(Direction.WITHIN_RANGE));
  }
}

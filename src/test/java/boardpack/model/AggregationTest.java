package boardpack.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AggregationTest {

  @Test
  void usedFor_aWithinRangeKpiNeverSums_sumIsReadAsAverage() {
    assertEquals(Aggregation.AVERAGE, Aggregation.SUM.usedFor(Direction.WITHIN_RANGE));
    assertEquals(Aggregation.LAST, Aggregation.LAST.usedFor(Direction.WITHIN_RANGE));
    assertEquals(Aggregation.SUM, Aggregation.SUM.usedFor(Direction.HIGHER_IS_BETTER));
    assertEquals(Aggregation.SUM, Aggregation.SUM.usedFor(Direction.LOWER_IS_BETTER));
  }
}

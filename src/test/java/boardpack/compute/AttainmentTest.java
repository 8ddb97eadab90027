package boardpack.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Band;
import boardpack.model.Direction;
import boardpack.model.Figure;
import boardpack.model.Source;
import boardpack.model.Status;
import boardpack.model.Value;
import org.junit.jupiter.api.Test;

class AttainmentTest {

  private static Band band(double low, double high) {
    Source here = Source.file("test");
    return new Band(new Value(low, here), new Value(high, here));
  }

  @Test
  void higherIsBetter_belowTarget_isActualOverTarget() {
    // 1 + (90 - 100) / 100 = 0.9
    assertEquals(0.9, Attainment.attainment(Direction.HIGHER_IS_BETTER, 90, 100), 1e-12);
  }

  @Test
  void higherIsBetter_negativeTarget_usesAbsoluteTarget() {
    // 1 + (-50 - -100) / 100 = 1.5
    assertEquals(1.5, Attainment.attainment(Direction.HIGHER_IS_BETTER, -50, -100), 1e-12);
  }

  @Test
  void lowerIsBetter_aboveTarget_isBelowOne() {
    // 1 + (100 - 120) / 100 = 0.8
    assertEquals(0.8, Attainment.attainment(Direction.LOWER_IS_BETTER, 120, 100), 1e-12);
  }

  @Test
  void lowerIsBetter_farAboveTarget_isFlooredAtZero() {
    // 1 + (100 - 350) / 100 = -1.5, floored to 0
    assertEquals(0, Attainment.attainment(Direction.LOWER_IS_BETTER, 350, 100));
  }

  @Test
  void higherIsBetter_farAboveTarget_isNotCapped() {
    // 1 + (300 - 100) / 100 = 3
    assertEquals(3, Attainment.attainment(Direction.HIGHER_IS_BETTER, 300, 100), 1e-12);
  }

  @Test
  void zeroTarget_goodSideOrEqual_isOne_otherwiseZero() {
    assertEquals(1, Attainment.attainment(Direction.HIGHER_IS_BETTER, 0, 0));
    assertEquals(0, Attainment.attainment(Direction.HIGHER_IS_BETTER, -1, 0));
    assertEquals(1, Attainment.attainment(Direction.LOWER_IS_BETTER, -3, 0));
    assertEquals(0, Attainment.attainment(Direction.LOWER_IS_BETTER, 2, 0));
  }

  @Test
  void band_insideIsOne_belowAndAboveScaleByTheNearBound() {
    assertEquals(Figure.of(1), Attainment.attainment(band(10, 20), 15));
    // below: 1 - (10 - 8) / 10 = 0.8
    assertEquals(0.8, Attainment.attainment(band(10, 20), 8).value(), 1e-12);
    // above: 1 - (25 - 20) / 20 = 0.75
    assertEquals(0.75, Attainment.attainment(band(10, 20), 25).value(), 1e-12);
  }

  @Test
  void band_withZeroLowerBound_scalesByWidth() {
    // below [0, 4]: 1 - (0 - -1) / (4 - 0) = 0.75
    assertEquals(0.75, Attainment.attainment(band(0, 4), -1).value(), 1e-12);
  }

  @Test
  void band_zeroWidthAtZero_outside_hasNoScale_soIsAbsent() {
    // [0, 0]: below, s = U - L = 0, so 1 - (0 - -1) / 0 cannot be computed
    assertEquals(
        Figure.absent("the band has no width to measure by"),
        Attainment.attainment(band(0, 0), -1));
    assertEquals(Figure.of(1), Attainment.attainment(band(0, 0), 0));
  }

  @Test
  void band_singleNonZeroValue_scalesByThatBound() {
    // [5, 5], A = 4: below, s = |L| = 5: 1 - (5 - 4) / 5 = 0.8
    assertEquals(0.8, Attainment.attainment(band(5, 5), 4).value(), 1e-12);
  }

  @Test
  void status_usesTolerance() {
    assertEquals(Status.GREEN, Attainment.status(Figure.of(1.0), 0.1));
    assertEquals(Status.AMBER, Attainment.status(Figure.of(0.9), 0.1));
    assertEquals(Status.RED, Attainment.status(Figure.of(0.89), 0.1));
    assertEquals(Status.NONE, Attainment.status(Figure.absent("no target"), 0.1));
  }
}

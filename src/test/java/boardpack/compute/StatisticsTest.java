package boardpack.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Figure;
import org.junit.jupiter.api.Test;

class StatisticsTest {

  private static final double TINY = Double.MIN_VALUE;

  @Test
  void finite_overflowIsAbsentAsTooLarge() {
    assertEquals(Figure.absent("too large to compute"), Statistics.finite(1e308 * 10));
    assertEquals(Figure.absent("too large to compute"), Statistics.finite(0.0 / 0.0));
    assertEquals(Figure.of(2.5), Statistics.finite(2.5));
  }

  @Test
  void mean_ofValuesWhoseSumOverflows_isStillTheirMean() {
    // (1.5e308 + 1.5e308 + 0) / 3 = 1e308, though the sum 3e308 is beyond a double
    assertEquals(1e308, Statistics.mean(new double[] {1.5e308, 1.5e308, 0}), 1e294);
  }

  @Test
  void weightedMean_ordinaryWeights_isThePlainWeightedMean() {
    // (2 * 0.5 + 1 * 0.8) / 3 = 0.6
    assertEquals(0.6, Statistics.weightedMean(new double[] {2, 1}, new double[] {0.5, 0.8}));
  }

  @Test
  void pearson_subnormalValuesOnALine_isOne() {
    // x = 0, 1, 2, 3 times the smallest double; y = 10, 20, 30, 40: a perfect line, r = 1
    double[] x = {0, TINY, 2 * TINY, 3 * TINY};
    double[] y = {10, 20, 30, 40};
    assertEquals(1, Statistics.pearson(x, y), 1e-12);
  }

  @Test
  void pearson_valuesNearTheLimit_isMinusOneForAFallingLine() {
    // y falls by 0.5e308 for each step of x: r = -1, though squares of deviations overflow
    double[] x = {1, 2, 3, 4};
    double[] y = {1.5e308, 1e308, 0.5e308, 0};
    assertEquals(-1, Statistics.pearson(x, y), 1e-12);
  }

  @Test
  void slope_ofValuesNearTheLimit_isTheirSlope() {
    // y = 0.5e308 * x - 0.5e308: slope 0.5e308 a step
    double[] x = {1, 2, 3, 4};
    double[] y = {0, 0.5e308, 1e308, 1.5e308};
    assertEquals(0.5e308, Statistics.slope(x, y), 1e294);
  }
}

package boardpack.write.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.model.Direction;
import boardpack.model.Unit;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plans drawn at random across the whole double range (zeros, negatives, subnormals, ±1e308,
 * unreported months) always give a pack that PDFBox reads, never an exception.
 */
class RandomPlansPackTest {

  private static final double[] EDGES = {
    0,
    -0.0,
    1,
    -1,
    1e-300,
    Double.MIN_VALUE,
    1e15,
    1e300,
    Double.MAX_VALUE,
    -Double.MAX_VALUE,
    Double.NaN
  };
  private static final List<Unit> UNITS =
      List.of(Unit.NONE, new Unit("%"), new Unit("GBP"), new Unit("days"), new Unit("CHF"));

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomPlan_makesAReadablePack(long seed) throws Exception {
    Random random = new Random(seed);
    PackPlans plans = PackPlans.organisation("Random " + seed);
    for (int k = 0; k < 6; k++) {
      Direction direction = Direction.values()[random.nextInt(Direction.values().length)];
      Unit unit = UNITS.get(random.nextInt(UNITS.size()));
      plans.kpi("K" + k, unit, direction, values(random), values(random));
    }

    try (PDDocument pdf = PdfText.load(plans.pdf())) {
      assertTrue(pdf.getNumberOfPages() >= 5, "pages " + pdf.getNumberOfPages());
    }
  }

  private static double[] values(Random random) {
    double[] values = new double[10];
    for (int i = 0; i < values.length; i++) {
      values[i] =
          random.nextInt(3) == 0
              ? EDGES[random.nextInt(EDGES.length)]
              : (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(8));
    }
    return values;
  }
}

package boardpack.write.xlsx;

import boardpack.model.Band;
import boardpack.model.Direction;
import boardpack.model.Kpi;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;

/**
 * The variance columns as Excel formulas over the row's actual and target, the same arithmetic as
 * the view's B/(W) variance, so recalculating gives the cached figure: {@code H4-J4} (higher is
 * better), {@code J4-H4} (lower is better); for a within-range KPI minus the distance outside its
 * band, {@code IF(H9<20,H9-20,IF(H9>30,30-H9,0))}; the percent is that over abs(target), or over
 * the band's scale.
 */
final class VarianceFormula {

  private final Kpi kpi;
  private final String actual;
  private final String target;
  private final String amount;

  VarianceFormula(Kpi kpi, int row) {
    this.kpi = kpi;
    this.actual = cell(KpiSheet.ACTUAL, row);
    this.target = cell(KpiSheet.TARGET, row);
    this.amount = cell(KpiSheet.VARIANCE, row);
  }

  String amount() {
    return switch (kpi.direction()) {
      case HIGHER_IS_BETTER -> actual + "-" + target;
      case LOWER_IS_BETTER -> target + "-" + actual;
      case WITHIN_RANGE -> outsideBand(kpi.band().orElseThrow());
    };
  }

  /** Empty when the percent has no formula: a within-range KPI inside a band with no width. */
  Optional<String> percent() {
    if (kpi.direction() != Direction.WITHIN_RANGE) {
      return Optional.of(amount + "/ABS(" + target + ")");
    }
    Band band = kpi.band().orElseThrow();
    // calculations.md's scale: abs(L) below, abs(U) above, U - L when that bound is 0.
    String below = scale(band.low(), band);
    String above = scale(band.high(), band);
    return Optional.of(
        "IF("
            + actual
            + "<"
            + number(band.low())
            + ","
            + amount
            + "/"
            + below
            + ","
            + "IF("
            + actual
            + ">"
            + number(band.high())
            + ","
            + amount
            + "/"
            + above
            + ",0))");
  }

  /**
   * The view's variance as the spreadsheet gives it back when it recalculates {@link #amount()}:
   * LibreOffice's subtraction returns 0 when both operands have one sign and differ by less than
   * 2^-48 of the first (rtl::math::approxSub; Excel does much the same), where Java keeps a
   * difference such as 0.3 - 0.30000000000000004 = -5.6E-17. Otherwise the view's figure, the same
   * IEEE subtraction. The percent follows: 0 over abs(target) is 0.
   */
  double recalculated(double variance, double actual, double target) {
    double[] operands = operands(actual, target);
    return operands.length == 2 && nearlyEqual(operands[0], operands[1]) ? 0 : variance;
  }

  // The two numbers amount() subtracts for this actual; none when it subtracts nothing.
  private double[] operands(double actual, double target) {
    return switch (kpi.direction()) {
      case HIGHER_IS_BETTER -> new double[] {actual, target};
      case LOWER_IS_BETTER -> new double[] {target, actual};
      case WITHIN_RANGE -> {
        Band band = kpi.band().orElseThrow();
        if (actual < band.low()) {
          yield new double[] {actual, band.low()};
        }
        yield actual > band.high() ? new double[] {band.high(), actual} : new double[] {};
      }
    };
  }

  private static boolean nearlyEqual(double a, double b) {
    boolean sameSign = (a < 0 && b < 0) || (a > 0 && b > 0);
    return sameSign && Math.abs(a - b) < Math.abs(a) * 0x1p-48;
  }

  private String outsideBand(Band band) {
    String low = number(band.low());
    String high = number(band.high());
    return "IF(" + actual + "<" + low + "," + actual + "-" + low + "," + "IF(" + actual + ">" + high
        + "," + high + "-" + actual + ",0))";
  }

  private static String scale(double bound, Band band) {
    return number(bound != 0 ? Math.abs(bound) : band.high() - band.low());
  }

  /**
   * A literal that reads back as the same double: {@code 30}, {@code 0.1}, {@code 1.0E-7}; a
   * negative one in brackets, so {@code H9-(-5)} never reads as {@code H9--5}.
   */
  static String number(double value) {
    String text =
        value == Math.rint(value) && Math.abs(value) < 1e15
            ? Long.toString((long) Math.abs(value))
            : Double.toString(Math.abs(value));
    return value < 0 ? "(-" + text + ")" : text;
  }

  private static String cell(int column, int row) {
    return CellReference.convertNumToColString(column) + (row + 1);
  }
}

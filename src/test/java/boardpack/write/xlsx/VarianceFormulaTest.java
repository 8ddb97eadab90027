package boardpack.write.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Aggregation;
import boardpack.model.Band;
import boardpack.model.Direction;
import boardpack.model.Frequency;
import boardpack.model.Id;
import boardpack.model.Indicator;
import boardpack.model.Kpi;
import boardpack.model.Source;
import boardpack.model.Unit;
import boardpack.model.Value;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Row 4 (index 3) of the KPIs sheet: actual in H4, target in J4, variance in L4. */
class VarianceFormulaTest {

  private static final Source HERE = Source.file("test");

  @Test
  void higherIsBetter_isActualMinusTarget() {
    VarianceFormula formula = new VarianceFormula(kpi(Direction.HIGHER_IS_BETTER, null), 3);

    assertEquals("H4-J4", formula.amount());
    assertEquals(Optional.of("L4/ABS(J4)"), formula.percent());
  }

  @Test
  void lowerIsBetter_isTargetMinusActual() {
    assertEquals("J4-H4", new VarianceFormula(kpi(Direction.LOWER_IS_BETTER, null), 3).amount());
  }

  @Test
  void withinRange_isMinusTheDistanceOutsideTheBand_overTheBoundsScale() {
    VarianceFormula formula =
        new VarianceFormula(kpi(Direction.WITHIN_RANGE, new Band(value(20), value(30))), 3);

    assertEquals("IF(H4<20,H4-20,IF(H4>30,30-H4,0))", formula.amount());
    assertEquals(Optional.of("IF(H4<20,L4/20,IF(H4>30,L4/30,0))"), formula.percent());
  }

  @Test
  void withinRange_negativeAndZeroBounds_bracketedAndScaledByTheWidth() {
    VarianceFormula formula =
        new VarianceFormula(kpi(Direction.WITHIN_RANGE, new Band(value(-5), value(0))), 3);

    // below: scale abs(-5) = 5; above: the bound is 0, so the width 0 - (-5) = 5
    assertEquals("IF(H4<(-5),H4-(-5),IF(H4>0,0-H4,0))", formula.amount());
    assertEquals(Optional.of("IF(H4<(-5),L4/5,IF(H4>0,L4/5,0))"), formula.percent());
  }

  @Test
  void recalculated_operandsWithin2ToThe48th_isZero_asSpreadsheetsSubtract() {
    VarianceFormula formula = new VarianceFormula(kpi(Direction.HIGHER_IS_BETTER, null), 3);

    // 0.3 - (0.1 + 0.2) is -5.551115123125783E-17 in Java; LibreOffice's =A1-B1 gives 0
    assertEquals(0.0, formula.recalculated(0.3 - (0.1 + 0.2), 0.3, 0.1 + 0.2));
    // 104,000 - 100,000: far apart, the view's figure stands
    assertEquals(4000.0, formula.recalculated(4000, 104_000, 100_000));
  }

  @Test
  void number_readsBackAsTheSameDouble() {
    assertEquals("0.1", VarianceFormula.number(0.1));
    assertEquals("1200000", VarianceFormula.number(1_200_000));
    assertEquals("(-2.5)", VarianceFormula.number(-2.5));
  }

  private static Kpi kpi(Direction direction, Band band) {
    return new Kpi(
        Id.of("K1"),
        "K",
        "",
        Unit.NONE,
        direction,
        Indicator.LAGGING,
        Aggregation.AVERAGE,
        Optional.empty(),
        Optional.ofNullable(band),
        Optional.empty(),
        Optional.empty(),
        Frequency.MONTHLY,
        "",
        HERE,
        false);
  }

  private static Value value(double number) {
    return new Value(number, HERE);
  }
}

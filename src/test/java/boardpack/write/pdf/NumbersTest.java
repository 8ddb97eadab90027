package boardpack.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Figure;
import boardpack.model.Unit;
import org.junit.jupiter.api.Test;

/** Figures as the pack prints them: rounding for display only, signs, symbols and units. */
class NumbersTest {

  @Test
  void percent_isToOneDecimal() {
    // 0.1234 * 100 = 12.34, to one decimal 12.3
    assertEquals("12.3%", Numbers.value(0.1234, new Unit("%")));
  }

  @Test
  void currency_largeIsWhole_smallHasPence_symbolInFront() {
    assertEquals("£1,234,567", Numbers.value(1_234_567.4, new Unit("GBP")));
    assertEquals("£28.40", Numbers.value(28.4, new Unit("GBP")));
    assertEquals("€1,000", Numbers.value(1000, new Unit("€")));
  }

  @Test
  void currencyWithoutAWellKnownSymbol_keepsItsCode() {
    assertEquals("CHF\u00A01,200", Numbers.value(1200, new Unit("CHF")));
  }

  @Test
  void negative_takesATrueMinusBeforeTheSymbol() {
    assertEquals("\u2212€800.00", Numbers.value(-800, new Unit("EUR")));
  }

  @Test
  void wordUnit_isLeftToTheNameLine() {
    assertEquals("30.29", Numbers.value(30.2857, new Unit("days")));
  }

  @Test
  void variance_favourablePositive_adverseInBrackets() {
    assertEquals("+4.0%", Numbers.variancePercent(0.04));
    assertEquals("(3.1%)", Numbers.variancePercent(-0.031));
  }

  @Test
  void absentFigure_isADash() {
    assertEquals("\u2013", Numbers.value(Figure.absent("no target"), new Unit("GBP")));
  }

  @Test
  void hugeNumber_staysOneShortWord() {
    assertEquals("2E300", Numbers.value(2e300, Unit.NONE));
  }
}

package boardpack.write.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Unit;
import org.junit.jupiter.api.Test;

class UnitFormatTest {

  @Test
  void percent_hasOneDecimal() {
    assertEquals("0.0%", UnitFormat.of(new Unit("%"), false).positive());
  }

  @Test
  void currencyCodesAndSymbols_showTheSymbol_withoutDecimalsForWholeAmounts() {
    assertEquals("\"£\"#,##0", UnitFormat.of(new Unit("GBP"), true).positive());
    assertEquals("\"£\"#,##0", UnitFormat.of(new Unit("£"), true).positive());
    assertEquals("\"€\"#,##0", UnitFormat.of(new Unit("EUR"), true).positive());
    assertEquals("\"$\"#,##0", UnitFormat.of(new Unit("USD"), true).positive());
  }

  @Test
  void currency_withPence_showsTwoDecimals_butYenNever() {
    assertEquals("\"$\"#,##0.00", UnitFormat.of(new Unit("$"), false).positive());
    assertEquals("\"¥\"#,##0", UnitFormat.of(new Unit("JPY"), false).positive());
  }

  @Test
  void otherCurrencyCodes_followTheAmount() {
    assertEquals("#,##0 \"CHF\"", UnitFormat.of(new Unit("CHF"), true).positive());
  }

  @Test
  void wordsAndNoUnit_areCountsWithThousandsSeparators() {
    assertEquals("#,##0", UnitFormat.of(new Unit("calls"), true).positive());
    assertEquals("#,##0", UnitFormat.of(Unit.NONE, true).positive());
    assertEquals("#,##0.0", UnitFormat.of(new Unit("days"), false).positive());
  }

  @Test
  void variance_putsTheAdverseSideInBrackets() {
    assertEquals("\"£\"#,##0;(\"£\"#,##0)", UnitFormat.of(new Unit("GBP"), true).variance());
  }
}

package boardpack.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitSymbolTest {

  @Test
  void symbol_theFourCodesNoReaderMistakes_printAsTheirSymbol() {
    assertEquals(Optional.of("£"), new Unit("GBP").symbol());
    assertEquals(Optional.of("€"), new Unit("EUR").symbol());
    assertEquals(Optional.of("$"), new Unit("USD").symbol());
    assertEquals(Optional.of("¥"), new Unit("JPY").symbol());
  }

  @Test
  void symbol_aUnitTypedAsASymbol_isThatSymbol() {
    assertEquals(Optional.of("₹"), new Unit("₹").symbol());
  }

  @Test
  void symbol_otherCodesAndWords_haveNone() {
    assertEquals(Optional.empty(), new Unit("CHF").symbol());
    assertEquals(Optional.empty(), new Unit("INR").symbol());
    assertEquals(Optional.empty(), new Unit("days").symbol());
    assertEquals(Optional.empty(), new Unit("%").symbol());
  }
}

package boardpack.write.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Source;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceLinksTest {

  @Test
  void location_quotesTheSheetAlways_soANameLikeACellStillWorks() {
    // Q1 unquoted would read as the cell Q1
    assertEquals(Optional.of("'Q1'!D7"), SourceLinks.location(Source.cell("p.xlsx", "Q1", 6, 3)));
  }

  @Test
  void location_doublesAQuoteInTheSheetName() {
    assertEquals(
        Optional.of("'Bob''s plan'!A1"),
        SourceLinks.location(Source.cell("p.xlsx", "Bob's plan", 0, 0)));
  }

  @Test
  void location_ofAWholeRow_isItsFirstCell() {
    assertEquals(
        Optional.of("'Actuals'!A12"), SourceLinks.location(Source.row("p.xlsx", "Actuals", 11)));
  }

  @Test
  void csvLine_hasNoLocation() {
    assertEquals(Optional.empty(), SourceLinks.location(Source.line("ledger.csv", 14)));
  }
}

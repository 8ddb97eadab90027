package boardpack.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class OriginTest {

  private static final Source H5 = Source.cell("plan.xlsx", "KPIs", 4, 7);
  private static final Source D7 = Source.cell("plan.xlsx", "Q1 plan", 6, 3);
  private static final Source LINE = Source.line("ledger.csv", 14);

  @Test
  void describe_saysWhereAFigureCameFrom() {
    assertEquals("'Q1 plan'!D7", Origin.read(D7).describe());
    assertEquals("ledger.csv:14", Origin.read(LINE).describe());
    assertEquals(
        "derived from the annual target in KPIs!H5", Origin.fromAnnualTarget(H5).describe());
    assertEquals("", Origin.NONE.describe());
  }

  @Test
  void combined_namesEachSourceOnce_inTheOrderRead() {
    Origin ytd =
        Origin.combined(
            List.of(
                Origin.read(D7),
                Origin.fromAnnualTarget(H5),
                Origin.fromAnnualTarget(H5),
                Origin.read(LINE)));

    assertEquals(List.of(D7, H5, LINE), ytd.sources());
    assertEquals(
        "combined from 'Q1 plan'!D7, derived from the annual target in KPIs!H5, ledger.csv:14",
        ytd.describe());
  }

  @Test
  void combined_ofOnePartIsThatPart_ofNoneIsNone() {
    assertEquals(Origin.read(D7), Origin.combined(List.of(Origin.read(D7))));
    assertSame(Origin.NONE, Origin.combined(List.of()));
  }

  @Test
  void figure_keepsItsOrigin_andHasNoneByDefault() {
    assertEquals(Origin.NONE, Figure.of(3).origin());
    assertEquals(Origin.read(D7), Figure.of(3, Origin.read(D7)).origin());
    Figure absent = Figure.absent("too large to compute").from(Origin.read(D7));
    assertEquals(Origin.read(D7), absent.origin());
    assertEquals("too large to compute", absent.absentReason());
  }
}

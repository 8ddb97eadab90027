package boardpack.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class OutputNameTest {

  @Test
  void stem_joinsOrganisationAndMonth() {
    assertEquals("acme-2026-10", OutputName.stem("Acme", YearMonth.of(2026, 10)));
  }

  @Test
  void organisation_accentsDroppedAndLowerCased() {
    assertEquals("societe-generale-zurich", OutputName.organisation("Société Générale Zürich"));
  }

  @Test
  void organisation_lettersWithoutDecomposition_spelledInAscii() {
    assertEquals("aero-strasse-lodz", OutputName.organisation("Ærø Straße Łódź"));
  }

  @Test
  void organisation_punctuationCollapsedToOneHyphenAndTrimmed() {
    assertEquals("a-b-c-d", OutputName.organisation("  A/B:C*?  \"D\" . "));
  }

  @Test
  void organisation_windowsReservedName_getsASuffix() {
    assertEquals("con-org", OutputName.organisation("CON"));
    assertEquals("com1-org", OutputName.organisation("Com1."));
  }

  @Test
  void organisation_nothingUsable_isPlan() {
    assertEquals("plan", OutputName.organisation("株式会社"));
    assertEquals("plan", OutputName.organisation("   "));
  }

  @Test
  void organisation_longName_cappedAt60WithoutTrailingHyphen() {
    String name = "a".repeat(59) + " bcd";

    assertEquals("a".repeat(59), OutputName.organisation(name));
  }
}

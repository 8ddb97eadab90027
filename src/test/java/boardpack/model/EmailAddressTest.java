package boardpack.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

  @Test
  void isValid_onePlainAddressWithADottedDomain() {
    assertTrue(EmailAddress.isValid("finance@acme.example"));
  }

  @Test
  void isValid_refusesDisplayNamesListsSpacesAndBareWords() {
    assertFalse(EmailAddress.isValid("Finance <finance@acme.example>"));
    assertFalse(EmailAddress.isValid("a@b.example, c@d.example"));
    assertFalse(EmailAddress.isValid("fin ance@acme.example"));
    assertFalse(EmailAddress.isValid("finance"));
    assertFalse(EmailAddress.isValid("finance@@acme.example"));
  }

  @Test
  void isValid_aDomainWithoutADot_isNotAnAddressAMessageCanReach() {
    assertFalse(EmailAddress.isValid("finance@localhost"));
  }
}

package boardpack.read;

import static boardpack.read.Readings.JAN;
import static boardpack.read.Readings.MAR;
import static boardpack.read.Readings.assertErrors;
import static boardpack.read.Readings.assertWarnings;
import static boardpack.read.Readings.plan;
import static boardpack.read.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Attachment;
import boardpack.model.Comment;
import boardpack.model.Id;
import boardpack.model.Recipient;
import boardpack.model.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** workbook.md, Commentary and Distribution. */
class CommentaryAndDistributionTest {

  private static TestWorkbook withOwners() {
    TestWorkbook workbook = TestWorkbook.xlsx();
    workbook
        .sheet("KPIs")
        .row("ID", "Name", "Owner", "Annual target")
        .row("K1", "Revenue", "Ann Lee", 1200);
    workbook.sheet("Actuals").row("ID", JAN).row("K1", 100);
    workbook
        .sheet("Objectives")
        .row("ID", "Objective", "Team", "Start", "End")
        .row("O1", "Grow", "Sales", JAN, MAR);
    workbook
        .sheet("KeyResults")
        .row("ID", "Objective", "Key result", "Metric")
        .row("KR1", "O1", "Ship", "Baseline");
    return workbook;
  }

  @Test
  void commentary_readIntoTheModel_idsResolvedToKpisKeyResultsOrObjectives() {
    TestWorkbook workbook = withOwners();
    workbook
        .sheet("Commentary")
        .row("ID", "Period", "Comment", "Author")
        .row("k1", "Jan 2026", "Timing of invoices", "CFO")
        .row("O1", JAN, "On plan")
        .row("KR1", MAR, "  ", "x");

    List<Comment> comments = plan(read(workbook)).commentary();

    assertEquals(
        List.of(
            new Comment(
                Id.of("K1"),
                JAN,
                "Timing of invoices",
                "CFO",
                Source.cell("plan.xlsx", "Commentary", 1, 0)),
            new Comment(
                Id.of("O1"), JAN, "On plan", "", Source.cell("plan.xlsx", "Commentary", 2, 0))),
        comments);
    assertEquals("K1", comments.get(0).id().text());
  }

  @Test
  void commentary_unknownIdOrBadPeriod_areErrors() {
    TestWorkbook workbook = withOwners();
    workbook
        .sheet("Commentary")
        .row("ID", "Period", "Comment")
        .row("K9", JAN, "x")
        .row("K1", "soon", "y");

    assertErrors(
        read(workbook),
        "Commentary!A2: ID \"K9\" is not a KPI, key result or objective; expected an ID from the KPIs, KeyResults"
            + " or Objectives sheet",
        "Commentary!B3: period \"soon\" is not a month; expected " + CellValues.A_MONTH);
  }

  @Test
  void distribution_readIntoTheModel_scopeDefaultsToAllAttachToPdf() {
    TestWorkbook workbook = withOwners();
    workbook
        .sheet("Distribution")
        .row("Name", "Email", "Scope", "Attach")
        .row("Board", "board@acme.com", null, null)
        .row("Ann", "ann@acme.com", "ann lee", "xlsx")
        .row("Sales", "sales@acme.com", "Sales", "Both")
        .row("CFO", "cfo@acme.com", "all", "pdf");

    List<Recipient> recipients = plan(read(workbook)).distribution();

    assertEquals(
        List.of("All", "ann lee", "Sales", "all"),
        recipients.stream().map(Recipient::scope).toList());
    assertEquals(
        List.of(Attachment.PDF, Attachment.XLSX, Attachment.BOTH, Attachment.PDF),
        recipients.stream().map(Recipient::attachment).toList());
    assertEquals(
        List.of("Board", "board@acme.com"),
        List.of(recipients.get(0).name(), recipients.get(0).email()));
  }

  // issue 7: a scope naming nobody is now an error (workbook.md, Distribution), not a warning.
  @Test
  void distribution_badEmailOrAttach_orScopeNamingNobody_areErrors() {
    TestWorkbook workbook = withOwners();
    workbook
        .sheet("Distribution")
        .row("Name", "Email", "Scope", "Attach")
        .row("Bob", "bob at acme", "All", "Zip")
        .row("Eve", "eve@acme.com", "Marketing")
        .row("No email", null, "All");

    PlanReading reading = read(workbook);

    assertErrors(
        reading,
        "Distribution!B2: email \"bob at acme\" is not an email address; expected one address"
            + " such as name@example.com (one @, no spaces, a domain with a dot)",
        "Distribution!D2: attach \"Zip\" is not known; expected one of PDF, XLSX, Both",
        "Distribution!C3: scope \"Marketing\" is not All, a team or an owner in this plan, so this"
            + " recipient's pack would be empty; expected All, a Team from the Objectives sheet, or"
            + " an Owner of a KPI, objective or key result",
        "Distribution!B4: row 4 has data but no Email; expected Email filled in, or the row cleared");
    assertWarnings(reading);
  }

  @Test
  void distribution_addressesThatAreNotOneEmail_areErrors_theSameAddressTwiceIsAWarning() {
    TestWorkbook workbook = withOwners();
    workbook
        .sheet("Distribution")
        .row("Email")
        .row("a@acme")
        .row("@acme.com")
        .row("a@@acme.com")
        .row("a@acme..com")
        .row("a@acme.com; b@acme.com")
        .row("Ann <ann@acme.com>")
        .row("ann@acme.com")
        .row("Ann@Acme.com");

    PlanReading reading = read(workbook);

    String expected =
        " is not an email address; expected one address such as name@example.com (one @, no"
            + " spaces, a domain with a dot)";
    assertErrors(
        reading,
        "Distribution!A2: email \"a@acme\"" + expected,
        "Distribution!A3: email \"@acme.com\"" + expected,
        "Distribution!A4: email \"a@@acme.com\"" + expected,
        "Distribution!A5: email \"a@acme..com\"" + expected,
        "Distribution!A6: email \"a@acme.com; b@acme.com\"" + expected,
        "Distribution!A7: email \"Ann <ann@acme.com>\"" + expected);
    assertWarnings(
        reading,
        "Distribution!A9: email \"Ann@Acme.com\" is given twice (also Distribution!A8), so it"
            + " gets one message, with the first row's scope and attachments; expected each"
            + " address once");
  }
}

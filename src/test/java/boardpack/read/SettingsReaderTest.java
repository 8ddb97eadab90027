package boardpack.read;

import static boardpack.read.Readings.assertErrors;
import static boardpack.read.Readings.assertWarnings;
import static boardpack.read.Readings.plan;
import static boardpack.read.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.PageSize;
import boardpack.model.Settings;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** workbook.md, Settings. */
class SettingsReaderTest {

  private static Settings settings(Object[]... rows) {
    TestWorkbook workbook = Readings.minimal();
    TestWorkbook.SheetWriter sheet = workbook.sheet("Settings").row("Setting", "Value");
    for (Object[] row : rows) {
      sheet.row(row);
    }
    return plan(read(workbook)).settings();
  }

  @Test
  void noSettingsSheet_givesTheDefaults_organisationIsTheFileNameWithoutExtension() {
    Settings settings = plan(read(Readings.minimal())).settings();

    assertEquals(
        new Settings(
            "plan",
            Optional.empty(),
            Month.JANUARY,
            Optional.empty(),
            0.10,
            PageSize.A4,
            "Confidential"),
        settings);
  }

  @Test
  void everySetting_readFromItsRow() {
    Settings settings =
        settings(
            new Object[] {"Organisation", "Acme Ltd"},
            new Object[] {"reporting period", "Oct 2026"},
            new Object[] {"Fiscal_year_start", "April"},
            new Object[] {"Currency", "EUR"},
            new Object[] {"Amber tolerance", "5%"},
            new Object[] {"Page size", "letter"},
            new Object[] {"Confidentiality", "Board only"});

    // 5% = 0.05
    assertEquals(
        new Settings(
            "Acme Ltd",
            Optional.of(YearMonth.of(2026, 10)),
            Month.APRIL,
            Optional.of("EUR"),
            0.05,
            PageSize.LETTER,
            "Board only"),
        settings);
  }

  @Test
  void fiscalYearStart_asANumberOrAbbreviation_amberToleranceAsAFraction() {
    assertEquals(Month.APRIL, settings(new Object[] {"Fiscal year start", 4}).fiscalYearStart());
    assertEquals(Month.JULY, settings(new Object[] {"Fiscal year start", "7"}).fiscalYearStart());
    assertEquals(
        Month.OCTOBER, settings(new Object[] {"Fiscal year start", "Oct"}).fiscalYearStart());
    assertEquals(0.1, settings(new Object[] {"Amber tolerance", 0.1}).amberTolerance());
    assertEquals(0.1, settings(new Object[] {"Amber tolerance", "10%"}).amberTolerance());
  }

  @Test
  void organization_inAmericanSpelling_isOrganisation() {
    assertEquals("Acme Inc", settings(new Object[] {"Organization", "Acme Inc"}).organisation());
  }

  @Test
  void badValues_areErrorsSayingWhatIsExpected() {
    TestWorkbook workbook = Readings.minimal();
    workbook
        .sheet("Settings")
        .row("Setting", "Value")
        .row("Fiscal year start", "Apl")
        .row("Amber tolerance", 10)
        .row("Page size", "A3")
        .row("Reporting period", "FY26")
        .row("Fiscal year start", 13);

    assertErrors(
        read(workbook),
        "Settings!B2: fiscal year start \"Apl\" is not a month; expected a month name such as April or its number 1 to 12",
        "Settings!B3: amber tolerance 10 is not between 0 and 1; expected a fraction such as 10% or 0.1",
        "Settings!B4: page size \"A3\" is not known; expected one of A4, Letter",
        "Settings!B5: reporting period \"FY26\" is not a month; expected " + CellValues.A_MONTH,
        "Settings!A6: setting Fiscal year start is given twice (also Settings!A2); expected it once");
  }

  @Test
  void unknownSetting_isAWarning_blankValueIsTheDefault() {
    TestWorkbook workbook = Readings.minimal();
    workbook
        .sheet("Settings")
        .row("Title: plan settings")
        .row("Setting", "Value", "Comment")
        .row("Fiscal yr start", "April")
        .row("Currency", null, "none yet");

    PlanReading reading = read(workbook);

    assertEquals(Optional.empty(), plan(reading).settings().currency());
    assertWarnings(
        reading,
        "Settings!A3: unknown setting \"Fiscal yr start\" is ignored; expected one of"
            + " Organisation, Reporting period, Fiscal year start, Currency, Amber tolerance, Page size, Confidentiality, Sender");
  }

  @Test
  void sender_oneAddress_isTheMessagesSender() {
    Settings settings = settings(new Object[] {"Sender", " finance@acme.example "});

    assertEquals(Optional.of("finance@acme.example"), settings.sender());
  }

  @Test
  void sender_notAnAddress_isAnErrorAtItsCell() {
    TestWorkbook workbook = Readings.minimal();
    workbook.sheet("Settings").row("Setting", "Value").row("Sender", "Finance team");

    assertErrors(
        read(workbook),
        "Settings!B2: sender \"Finance team\" is not an email address; expected an address such as"
            + " finance@acme.example");
  }

  @Test
  void sender_notGiven_isAbsent() {
    assertEquals(Optional.empty(), plan(read(Readings.minimal())).settings().sender());
  }
}

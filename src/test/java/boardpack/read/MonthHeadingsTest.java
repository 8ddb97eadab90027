package boardpack.read;

import static boardpack.read.Readings.assertErrors;
import static boardpack.read.Readings.assertWarnings;
import static boardpack.read.Readings.plan;
import static boardpack.read.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.model.Id;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** workbook.md, Months and Month headings (Targets, Actuals). */
class MonthHeadingsTest {

  private static TestWorkbook withKpi() {
    TestWorkbook workbook = TestWorkbook.xlsx();
    workbook.sheet("KPIs").row("ID", "Name", "Annual target").row("K1", "Revenue", 1200);
    return workbook;
  }

  private static List<YearMonth> actualMonths(PlanReading reading) {
    return List.copyOf(plan(reading).actualsOf(Id.of("K1")).values().keySet());
  }

  @Test
  void everyTextFormWorkbookMdLists_isAMonth() {
    List<String> forms =
        List.of(
            "2026-10",
            "2026-10-01",
            "2026/10",
            "10/2026",
            "Oct 2026",
            "October 2026",
            "Oct-26",
            "Oct.26",
            "oct. 2026",
            "2026 Oct",
            "01-Oct-2026",
            "OCT-2026",
            "Oct '26",
            "10.2026",
            "2026-10-01 00:00:00",
            "2026-10-01T00:00");

    for (String form : forms) {
      assertEquals(Optional.of(YearMonth.of(2026, 10)), MonthText.parse(form), form);
    }
    assertEquals(Optional.of(YearMonth.of(2026, 9)), MonthText.parse("Sept 2026"));
  }

  @Test
  void notMonths_parseToNothing() {
    for (String form : List.of("2026-13", "13/2026", "Foo 2026", "Q1 2026", "2026", "Oct")) {
      assertEquals(Optional.empty(), MonthText.parse(form), form);
    }
  }

  @Test
  void monthNamesUnderAYearRow_takeTheNearestYearAtOrToTheLeft_mergedIncluded() {
    TestWorkbook workbook = withKpi();
    workbook
        .sheet("Actuals")
        .row(null, 2026, null, null, "2027")
        .merge("B1:D1")
        .row("ID", "Oct", "Nov", "December", "Jan.")
        .row("K1", 10, 11, 12, 1);

    PlanReading reading = read(workbook);

    // B-D under the merged 2026 (top-left B1), E under 2027
    assertEquals(
        List.of(
            YearMonth.of(2026, 10),
            YearMonth.of(2026, 11),
            YearMonth.of(2026, 12),
            YearMonth.of(2027, 1)),
        actualMonths(reading));
    assertWarnings(reading);
  }

  @Test
  void yearBandInTheIdRow_monthNamesInTheRowBelow_isOneTwoRowHeader() {
    TestWorkbook workbook = withKpi();
    workbook
        .sheet("Actuals")
        .row("ID", "Name", 2026, null, "2027")
        .row(null, null, "Nov", "Dec", "Jan")
        .merge("A1:A2")
        .merge("B1:B2")
        .merge("C1:D1")
        .row("K1", "Revenue", 11, 12, 1);

    PlanReading reading = read(workbook);

    // C-D under the merged 2026, E under 2027; Name (B1) is still a descriptive column
    assertEquals(
        List.of(YearMonth.of(2026, 11), YearMonth.of(2026, 12), YearMonth.of(2027, 1)),
        actualMonths(reading));
    assertEquals(
        1.0, plan(reading).actualsOf(Id.of("K1")).at(YearMonth.of(2027, 1)).orElseThrow().number());
    assertWarnings(reading);
  }

  @Test
  void monthNameWithNoYearAbove_isAnError() {
    TestWorkbook workbook = withKpi();
    workbook.sheet("Actuals").row("ID", "Jan", "Feb").row("K1", 1, 2);

    assertErrors(
        read(workbook),
        "Actuals!B1: heading \"Jan\" is a month with no year; expected a year such as 2026 in the"
            + " row above, at or to the left of it, or a heading such as Jan 2026",
        "Actuals!C1: heading \"Feb\" is a month with no year; expected a year such as 2026 in the"
            + " row above, at or to the left of it, or a heading such as Feb 2026");
  }

  @Test
  void quarterHalfYearAndDescriptiveHeadings_areIgnoredSilently() {
    TestWorkbook workbook = withKpi();
    workbook
        .sheet("Actuals")
        .row("ID", "Name", "2026-01", "Q1", "H2 2026", "FY27", "YTD", "Total", 2026, "Jan-Mar")
        .row("K1", "Revenue", 5, 1, 2, 3, 4, 5, 6, 7);

    PlanReading reading = read(workbook);

    assertEquals(List.of(YearMonth.of(2026, 1)), actualMonths(reading));
    assertWarnings(reading);
  }

  @Test
  void headingsThatLookLikeMonthsButAreNot_areErrors() {
    TestWorkbook workbook = withKpi();
    workbook.sheet("Actuals").row("ID", "2026-13", "Foo 2026", "Marchh 2026").row("K1", 1, 2, 3);

    String expected =
        " is not a month; expected a month such as Oct 2026, 2026-10 or 10/2026, or a month name"
            + " under a year";
    assertErrors(
        read(workbook),
        "Actuals!B1: heading \"2026-13\"" + expected,
        "Actuals!C1: heading \"Foo 2026\"" + expected,
        "Actuals!D1: heading \"Marchh 2026\"" + expected);
  }

  @Test
  void periodSummaries_andNearMonths_areToldApart() {
    for (String summary : List.of("Q1", "Q3 2026", "H2 2026", "FY27", "FY 2026", "YTD", "2026")) {
      assertTrue(MonthHeadings.isPeriodSummary(summary), summary);
    }
    for (String near : List.of("2026-13", "Foo 2026", "Oct 2026 forecast")) {
      assertFalse(MonthHeadings.isPeriodSummary(near), near);
      assertTrue(MonthHeadings.looksLikeMonth(near), near);
    }
    assertFalse(MonthHeadings.looksLikeMonth("Status"));
  }
}

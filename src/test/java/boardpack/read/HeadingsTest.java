package boardpack.read;

import static boardpack.read.Readings.JAN;
import static boardpack.read.Readings.assertWarnings;
import static boardpack.read.Readings.cells;
import static boardpack.read.Readings.kpis;
import static boardpack.read.Readings.plan;
import static boardpack.read.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Direction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** workbook.md, General rules: every heading is a column, ignorable, or a warning at its cell. */
class HeadingsTest {

  @Test
  void misspeltHeadings_areWarningsNamingTheNearestColumn() {
    TestWorkbook workbook =
        kpis(
            cells("ID", "Name", "Direction*", "Annual target"),
            cells("K1", "Waste", "Lower is better", 10));
    workbook
        .sheet("Objectives")
        .row("ID", "Objective", "Start", "End", "Parent objective")
        .row("O1", "Grow", JAN, JAN, null);
    workbook
        .sheet("KeyResults")
        .row("ID", "Objective", "Key result", "Metric", "Weighting", "Ownr")
        .row("KR1", "O1", "Ship", "Baseline", 2, "Ann");

    PlanReading reading = read(workbook);

    assertWarnings(
        reading,
        "KPIs!C1: heading \"Direction*\" is not a column of KPIs; did you mean Direction?",
        "KeyResults!E1: heading \"Weighting\" is not a column of KeyResults; did you mean Weight?",
        "KeyResults!F1: heading \"Ownr\" is not a column of KeyResults; did you mean Owner?",
        "Objectives!E1: heading \"Parent objective\" is not a column of Objectives; did you mean"
            + " Parent?");
    // the column is ignored, so the default applies (and is noted)
    assertEquals(Direction.HIGHER_IS_BETTER, plan(reading).kpis().get(0).direction());
  }

  @Test
  void headingFarFromAnyColumn_isAWarningListingTheColumns() {
    TestWorkbook workbook = Readings.minimal();
    workbook
        .sheet("Settings")
        .row("Setting", "Value", "Remarks", "Colour")
        .row("Currency", "GBP", "fine", "red");

    PlanReading reading = read(workbook);

    assertWarnings(
        reading,
        "Settings!D1: heading \"Colour\" is not a column of Settings; its column is ignored;"
            + " expected one of Setting, Value");
  }

  @Test
  void descriptiveHeadings_areIgnoredSilentlyOnEverySheet() {
    PlanReading reading =
        read(
            kpis(
                cells("ID", "Name", "Annual target", "Notes", "Description", "Comments"),
                cells("K1", "Revenue", 1200, "n", "d", "c")));

    assertWarnings(reading);
  }

  @Test
  void columnWithDataButNoHeading_isAWarningAtItsFirstCell() {
    PlanReading reading =
        read(
            kpis(
                cells("ID", "Name", "Annual target"),
                cells("K1", "Revenue", 1200),
                cells("K2", "Cost", 500, null, "Lower is better"),
                cells("K3", "Cash", 100, null, "oops")));

    assertWarnings(
        reading,
        "KPIs!E3: this column has data but no heading in row 1, so it is ignored; expected a"
            + " heading, or the data cleared");
  }

  @Test
  void nearest_prefersSameLettersThenPrefixThenContainedThenSpelling() {
    List<String> known = List.of("ID", "Objective", "Parent", "Weight", "Owner");

    assertEquals(Optional.of("Parent"), HeadingCheck.nearest("Parent objective", known));
    assertEquals(Optional.of("Weight"), HeadingCheck.nearest("weighting", known));
    assertEquals(Optional.of("Objective"), HeadingCheck.nearest("Objective ID", known));
    assertEquals(Optional.of("Owner"), HeadingCheck.nearest("Onwer", known));
    assertEquals(Optional.empty(), HeadingCheck.nearest("Colour", known));
  }
}

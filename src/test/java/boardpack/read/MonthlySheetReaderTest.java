package boardpack.read;

import static boardpack.read.Readings.FEB;
import static boardpack.read.Readings.JAN;
import static boardpack.read.Readings.MAR;
import static boardpack.read.Readings.assertErrors;
import static boardpack.read.Readings.assertWarnings;
import static boardpack.read.Readings.plan;
import static boardpack.read.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Id;
import boardpack.model.Plan;
import boardpack.model.Series;
import boardpack.model.Value;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** workbook.md, Targets and Actuals. */
class MonthlySheetReaderTest {

  /** KPIs K1 (annual target 1200) and BAND (within 10 to 20); objective O1 with the given KRs. */
  private static TestWorkbook okrPlan() {
    TestWorkbook workbook = TestWorkbook.xlsx();
    workbook
        .sheet("KPIs")
        .row("ID", "Name", "Annual target", "Direction", "Lower", "Upper")
        .row("K1", "Revenue", 1200)
        .row("BAND", "Temperature", null, "Within range", 10, 20);
    workbook.sheet("Objectives").row("ID", "Objective", "Start", "End").row("O1", "Grow", JAN, MAR);
    workbook
        .sheet("KeyResults")
        .row("ID", "Objective", "Key result", "Metric", "KPI")
        .row("KR1", "O1", "Ship v2", "Milestone")
        .row("KR2", "O1", "Revenue up", "Baseline", "K1")
        .row("KR3", "O1", "Launch", "Baseline");
    return workbook;
  }

  private static Map<YearMonth, Double> numbers(Series series) {
    Map<YearMonth, Double> numbers = new TreeMap<>();
    series.values().forEach((month, value) -> numbers.put(month, value.number()));
    return numbers;
  }

  @Test
  void actualsAndTargets_byIdAndMonth_monthsInAnyOrder_blankIsNotReported() {
    TestWorkbook workbook = okrPlan();
    workbook.sheet("Targets").row("ID", "Name", FEB, JAN).row("k1", "Revenue", 110, 90);
    workbook.sheet("Actuals").row("ID", MAR, "Notes", JAN, FEB).row("K1", null, "late", 95, 0);

    Plan plan = plan(read(workbook));

    assertEquals(Map.of(JAN, 90.0, FEB, 110.0), numbers(plan.targetsOf(Id.of("K1"))));
    assertEquals(Map.of(JAN, 95.0, FEB, 0.0), numbers(plan.actualsOf(Id.of("K1"))));
    assertEquals(
        "Actuals!D2", plan.actualsOf(Id.of("K1")).at(JAN).map(Value::source).orElseThrow().place());
    assertEquals(List.of("K1"), plan.targets().keySet().stream().map(Id::text).toList());
  }

  @Test
  void sameMonthTwice_isAnErrorNamingBothCells() {
    TestWorkbook workbook = okrPlan();
    workbook.sheet("Actuals").row("ID", JAN, FEB, "2026-01").row("K1", 1, 2, 3);

    assertErrors(
        read(workbook),
        "Actuals!D1: month Jan 2026 appears twice (also Actuals!B1); expected each month once");
  }

  @Test
  void headingNeitherMonthNorDescriptive_isAWarningAndTheColumnIgnored() {
    TestWorkbook workbook = okrPlan();
    // issue 7: "Q1 total" names a quarter and is now ignored silently; "Status" is still a warning.
    workbook
        .sheet("Actuals")
        .row("ID", "Name", JAN, "Q1 total", "Status")
        .row("K1", "Revenue", 5, 99, "ok");

    PlanReading reading = read(workbook);

    assertEquals(Map.of(JAN, 5.0), numbers(plan(reading).actualsOf(Id.of("K1"))));
    assertWarnings(
        reading,
        "Actuals!E1: heading \"Status\" is not a month, so this column is ignored;"
            + " expected a month such as Oct 2026, 2026-10 or 10/2026, or a month name under a"
            + " year, or a descriptive heading such as Name or Notes");
  }

  @Test
  void rowsForUnknownIds_orTargetsForAKeyResult_orASecondRow_areErrors() {
    TestWorkbook workbook = okrPlan();
    workbook.sheet("Targets").row("ID", JAN).row("K9", 1).row("KR1", 1);
    workbook.sheet("Actuals").row("ID", JAN).row("X1", 1).row("K1", 1).row("k1", 2);

    assertErrors(
        read(workbook),
        "Actuals!A2: ID \"X1\" is not a KPI or key result; expected an ID from the KPIs or KeyResults sheet",
        "Actuals!A4: ID \"k1\" has a second row (also Actuals!A3); expected one row per ID",
        "Targets!A2: ID \"K9\" is not a KPI; expected an ID from the KPIs sheet",
        "Targets!A3: ID \"KR1\" is a key result; expected a KPI ID, as a key result's target is on the KeyResults sheet");
  }

  @Test
  void keyResultWithAKpi_ownActualsRowIsIgnoredWithAWarning() {
    TestWorkbook workbook = okrPlan();
    workbook.sheet("Actuals").row("ID", JAN).row("K1", 100).row("KR2", 7).row("KR3", 1);

    PlanReading reading = read(workbook);

    assertEquals(
        List.of("K1", "KR3"),
        plan(reading).actuals().keySet().stream().map(Id::text).sorted().toList());
    assertWarnings(
        reading,
        "Actuals!A3: KR2 is measured by KPI K1 (KeyResults!A3), so its own actuals are ignored;"
            + " expected no actuals for it, or clear its KPI");
  }

  @Test
  void milestoneValues_fractionsPercentagesAndDone() {
    TestWorkbook workbook = okrPlan();
    workbook.sheet("Actuals").row("ID", JAN, FEB, MAR).row("K1", 1).row("KR1", "40%", 0.5, "done");

    Plan plan = plan(read(workbook));

    // 40% = 0.4; Done = 1
    assertEquals(Map.of(JAN, 0.4, FEB, 0.5, MAR, 1.0), numbers(plan.actualsOf(Id.of("KR1"))));
  }

  @Test
  void milestoneValues_otherTextIsAnError_aboveOneIsAWarning_doneOnlyForMilestones() {
    TestWorkbook workbook = okrPlan();
    workbook.sheet("Actuals").row("ID", JAN, FEB).row("K1", "Done").row("KR1", "Half", 40);

    PlanReading reading = read(workbook);

    assertErrors(
        reading,
        "Actuals!B2: actual \"Done\" is not a number; expected a number such as 1234.5 or 12%",
        "Actuals!B3: actual \"Half\" is not a completion; expected a completion fraction such as 40%, 1 or Done");
    assertWarnings(
        reading,
        "Actuals!C3: milestone completion 40 is not between 0 and 1; expected a completion fraction such as 40%, 1 or Done");
  }

  @Test
  void targetsRowOfAWithinRangeKpi_isIgnoredWithAWarning() {
    TestWorkbook workbook = okrPlan();
    workbook.sheet("Targets").row("ID", JAN).row("K1", 100).row("BAND", 15);
    workbook.sheet("Actuals").row("ID", JAN).row("K1", 100);

    PlanReading reading = read(workbook);

    assertEquals(List.of("K1"), plan(reading).targets().keySet().stream().map(Id::text).toList());
    assertWarnings(
        reading,
        "Targets!A3: BAND is Within range, so its Targets row is ignored;"
            + " expected no targets for it, as its band is its target");
  }
}

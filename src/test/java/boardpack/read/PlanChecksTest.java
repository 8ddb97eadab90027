package boardpack.read;

import static boardpack.read.Readings.FEB;
import static boardpack.read.Readings.JAN;
import static boardpack.read.Readings.assertWarnings;
import static boardpack.read.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Id;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Warnings over the whole plan: mixed % scales and KPIs with no target. */
class PlanChecksTest {

  @Test
  void percentKpi_withValuesOnBothScales_isAWarningNamingOneOfEach() {
    TestWorkbook workbook = TestWorkbook.xlsx();
    workbook
        .sheet("KPIs")
        .row("ID", "Name", "Unit", "Annual target")
        .row("K1", "Retention", "%", 0.75)
        .row("K2", "Margin", "%", "30%");
    workbook.sheet("Targets").row("ID", JAN).row("K1", 0.7);
    workbook.sheet("Actuals").row("ID", JAN, FEB).row("K1", 72, 74).row("K2", 0.31, 0.29);

    // K1: 0.75 and 0.7 are at or below 1.5, 72 and 74 above it; K2 is all fractions.
    assertWarnings(
        read(workbook),
        "KPIs!A2: % KPI K1 mixes scales: KPIs!D2 is 0.75 but Actuals!B2 is 72;"
            + " expected fractions throughout, as 75% is 0.75");
  }

  @Test
  void percentKpi_zerosBelongToNeitherScale_andOneScaleThroughoutIsNoWarning() {
    TestWorkbook workbook = TestWorkbook.xlsx();
    workbook
        .sheet("KPIs")
        .row("ID", "Name", "Unit", "Annual target")
        .row("K1", "Retention", "%", 75);
    workbook.sheet("Actuals").row("ID", JAN, FEB).row("K1", 0, 74);

    assertWarnings(read(workbook));
  }

  @Test
  void kpiWithNoAnnualTargetAndNoMonthlyTarget_isAWarning_unlessWithinRange() {
    TestWorkbook workbook = TestWorkbook.xlsx();
    workbook
        .sheet("KPIs")
        .row("ID", "Name", "Annual target", "Direction", "Lower", "Upper")
        .row("K1", "Revenue", 1200)
        .row("K2", "Calls")
        .row("K3", "Visits")
        .row("K4", "Temp", null, "Band", 1, 2);
    workbook.sheet("Targets").row("ID", JAN, FEB).row("K2", null, null).row("K3", null, 40);
    workbook.sheet("Actuals").row("ID", JAN).row("K2", 5);

    assertWarnings(
        read(workbook),
        "KPIs!A3: K2 has no annual target and no monthly targets, so it is reported"
            + " without attainment; expected an Annual target or a Targets row");
  }

  @Test
  void quarterlyKpi_actualOutsideAQuarterEnd_isAWarningAndTheValueIsKept() {
    TestWorkbook workbook = TestWorkbook.xlsx();
    workbook.sheet("Settings").row("Setting", "Value").row("Fiscal year start", "April");
    workbook
        .sheet("KPIs")
        .row("ID", "Name", "Annual target", "Frequency")
        .row("NPS", "Net promoter score", 40, "Quarterly");
    // Fiscal year from April: quarter ends are June, September, December and March.
    workbook.sheet("Actuals").row("ID", "2026-05", "2026-06").row("NPS", 41, 42);

    PlanReading reading = read(workbook);

    assertWarnings(
        reading,
        "Actuals!B2: NPS is Quarterly, but May 2026 is not a fiscal quarter end; the actual is"
            + " used as reported; expected actuals only in quarter-end months (June, September,"
            + " December, March)");
    assertEquals(
        41,
        reading
            .plan()
            .orElseThrow()
            .actualsOf(Id.of("NPS"))
            .at(YearMonth.of(2026, 5))
            .orElseThrow()
            .number());
  }
}

package boardpack.read;

import static boardpack.read.Readings.FEB;
import static boardpack.read.Readings.JAN;
import static boardpack.read.Readings.MAR;
import static boardpack.read.Readings.assertWarnings;
import static boardpack.read.Readings.plan;
import static boardpack.read.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Id;
import java.util.List;
import org.junit.jupiter.api.Test;

/** workbook.md, Actuals: a value after the reporting period is a warning and not used. */
class LaterActualsTest {

  @Test
  void actualsAfterThePeriod_areOneWarningPerIdAtTheFirstCell_andLeftOutOfThePlan() {
    TestWorkbook workbook = TestWorkbook.xlsx();
    workbook
        .sheet("KPIs")
        .row("ID", "Name", "Annual target")
        .row("K1", "Revenue", 1200)
        .row("K2", "Cost", 1200);
    workbook.sheet("Actuals").row("ID", JAN, FEB, MAR).row("K1", 100, 520, 90).row("K2", 1, 2);

    PlanReading reading = LaterActuals.dropAfter(read(workbook), JAN);

    assertWarnings(
        reading,
        "Actuals!C2: K1: actual 520 for Feb 2026 (and 1 later month up to Mar 2026) is after the"
            + " reporting period Jan 2026, so it is not used in this pack; expected actuals up to"
            + " the reporting period, or a later period (--period or Reporting period in Settings)",
        "Actuals!C3: K2: actual 2 for Feb 2026 is after the reporting period Jan 2026, so it is"
            + " not used in this pack; expected actuals up to the reporting period, or a later"
            + " period (--period or Reporting period in Settings)");
    assertEquals(List.of(JAN), List.copyOf(plan(reading).actualsOf(Id.of("K1")).values().keySet()));
    assertEquals(
        List.of(JAN),
        List.copyOf(reading.asRead().orElseThrow().actualsOf(Id.of("K2")).values().keySet()));
  }

  @Test
  void nothingAfterThePeriod_changesNothing() {
    TestWorkbook workbook = Readings.minimal();

    PlanReading reading = LaterActuals.dropAfter(read(workbook), JAN);

    assertWarnings(reading);
    assertEquals(100.0, plan(reading).actualsOf(Id.of("K1")).at(JAN).orElseThrow().number());
  }
}

package boardpack.read;

import static boardpack.read.RawWorkbook.formula;
import static boardpack.read.RawWorkbook.formulaWithoutValue;
import static boardpack.read.RawWorkbook.number;
import static boardpack.read.RawWorkbook.raw;
import static boardpack.read.RawWorkbook.text;
import static boardpack.read.Readings.assertErrors;
import static boardpack.read.Readings.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Id;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans written the way scripts write them (raw sheet XML: inline strings, formulas with an empty
 * {@code <v/>} or none, no styles), read from the file as users run them.
 */
class ScriptWrittenPlanTest {

  private static final String OPEN_AND_SAVE =
      " (open and save the workbook in Excel so it stores the result)";

  @TempDir Path dir;

  private static RawWorkbook kpis() {
    return new RawWorkbook()
        .textRow("KPIs", "ID", "Name", "Direction", "Annual target")
        .row("KPIs", text("K1"), text("Revenue"), text("Up"), number("6000"));
  }

  private PlanReading read(RawWorkbook workbook) throws IOException {
    try {
      return Readings.readFile(workbook.save(dir, "plan.xlsx"), ReadOptions.NONE);
    } catch (UnreadableFileException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static Map<YearMonth, Double> actuals(PlanReading reading, String id) {
    Map<YearMonth, Double> numbers = new TreeMap<>();
    plan(reading).actualsOf(Id.of(id)).values().forEach((m, v) -> numbers.put(m, v.number()));
    return numbers;
  }

  @Test
  void formulaWithEmptyCachedValue_isEvaluated_notReadAsZero() throws IOException {
    RawWorkbook workbook =
        kpis()
            .textRow("Actuals", "ID", "2026-01", "2026-02", "2026-03")
            .row(
                "Actuals",
                text("K1"),
                number("500"),
                formula("B2+20"),
                formulaWithoutValue("C2*2"));

    PlanReading reading = read(workbook);

    // Feb: 500 + 20 = 520 (not 0); Mar: 520 * 2 = 1040, evaluated through Feb's formula
    assertEquals(
        Map.of(
            YearMonth.of(2026, 1),
            500.0,
            YearMonth.of(2026, 2),
            520.0,
            YearMonth.of(2026, 3),
            1040.0),
        actuals(reading, "K1"));
  }

  @Test
  void formulaThatCannotBeEvaluated_isAnErrorSayingToSaveInExcel() throws IOException {
    RawWorkbook workbook =
        kpis()
            .textRow("Actuals", "ID", "2026-01", "2026-02")
            .row("Actuals", text("K1"), formula("[1]Ledger!B2"), formula("ISOWEEKNUM(1,2,3,4)"));

    PlanReading reading = read(workbook);

    assertEquals(2, reading.errors().size(), Readings.messages(reading.errors()).toString());
    assertEquals(
        List.of("Actuals!B2", "Actuals!C2"),
        reading.errors().stream().map(p -> p.where().place()).toList());
    reading
        .errors()
        .forEach(
            error ->
                assertEquals(
                    true,
                    error.message().startsWith("actual is the formula =")
                        && error.message().endsWith(OPEN_AND_SAVE),
                    error.message()));
  }

  @Test
  void numberBeyondADouble_orUnreadableNumber_isAnErrorAtItsCell_neverACrash() throws IOException {
    RawWorkbook workbook =
        kpis()
            .textRow("Actuals", "ID", "2026-01", "2026-02", "2026-03")
            .row("Actuals", text("K1"), number("1e309"), text("-1e309"), number("abc"));

    PlanReading reading = read(workbook);

    assertErrors(
        reading,
        "Actuals!B2: actual is too large to hold; expected a number between"
            + " -1.7976931348623157E308 and 1.7976931348623157E308",
        "Actuals!C2: actual \"-1e309\" is too large to hold; expected a number between"
            + " -1.7976931348623157E308 and 1.7976931348623157E308",
        "Actuals!D2: actual is a stored value \"abc\" that cannot be read; expected"
            + " a number such as 1234.5 or 12% (retype the value in Excel)");
  }

  @Test
  void monthNamesUnderAMergedYearRow_takeTheNearestYearAtOrToTheLeft() throws IOException {
    RawWorkbook workbook =
        kpis()
            .row("Actuals", null, number("2026"), null, null, raw(" t=\"str\"", "<v>2027</v>"))
            .merge("Actuals", "B1:D1")
            .textRow("Actuals", "ID", "Oct", "Nov", "December", "Jan", "Q4", "FY26")
            .row(
                "Actuals",
                text("K1"),
                number("10"),
                number("11"),
                number("12"),
                number("1"),
                number("33"),
                number("99"));

    PlanReading reading = read(workbook);

    // Oct-Dec under the merged 2026 (B1:D1), Jan under 2027; Q4 and FY26 are ignored
    assertEquals(
        Map.of(
            YearMonth.of(2026, 10), 10.0,
            YearMonth.of(2026, 11), 11.0,
            YearMonth.of(2026, 12), 12.0,
            YearMonth.of(2027, 1), 1.0),
        actuals(reading, "K1"));
    Readings.assertWarnings(reading);
  }

  @Test
  void sampleValuesInInlineStrings_readAsNumbers() throws IOException {
    RawWorkbook workbook =
        kpis()
            .textRow("Actuals", "ID", "2026/01", "02/2026", "Mar.26")
            .textRow("Actuals", "K1", "1,250", "12.5%", "7");

    Map<YearMonth, Double> read = actuals(read(workbook), "K1");

    // 1,250 = 1250; 12.5% = 0.125
    assertEquals(
        Map.of(
            YearMonth.of(2026, 1),
            1250.0,
            YearMonth.of(2026, 2),
            0.125,
            YearMonth.of(2026, 3),
            7.0),
        read);
  }

  @Test
  void formulaChainTooLongToEvaluate_isAnErrorAtItsCell_notACrash() throws IOException {
    // 60,000 uncalculated formulas, each adding 1 to the one above: deeper than POI's recursion.
    RawWorkbook workbook = kpis().row("Chain", number("1"));
    for (int row = 2; row <= 60_000; row++) {
      workbook.row("Chain", formula("A" + (row - 1) + "+1"));
    }
    workbook
        .textRow("Actuals", "ID", "2026-01")
        .row("Actuals", text("K1"), formula("Chain!A60000"));

    PlanReading reading = read(workbook);

    assertErrors(
        reading,
        "Actuals!B2: actual is the formula =Chain!A60000, which has no saved result and cannot be"
            + " evaluated (its chain of formulas is too long to follow); expected a number such as"
            + " 1234.5 or 12%"
            + OPEN_AND_SAVE);
  }
}

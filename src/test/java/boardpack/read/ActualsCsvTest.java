package boardpack.read;

import static boardpack.read.Readings.FEB;
import static boardpack.read.Readings.JAN;
import static boardpack.read.Readings.MAR;
import static boardpack.read.Readings.assertErrors;
import static boardpack.read.Readings.assertWarnings;
import static boardpack.read.Readings.plan;
import static boardpack.read.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import boardpack.model.Id;
import boardpack.model.Series;
import boardpack.model.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** workbook.md, CSV actuals: long form, merged into Actuals, conflicts. */
class ActualsCsvTest {

  @TempDir Path folder;

  private Path csv(String name, String text) throws IOException {
    return Files.write(folder.resolve(name), text.getBytes(StandardCharsets.UTF_8));
  }

  private static ReadOptions options(boolean csvWins, Path... csvs) {
    return new ReadOptions(List.of(csvs), csvWins);
  }

  /** KPIs K1 and K2; Actuals has K1's January, 100. */
  private static TestWorkbook workbook() {
    TestWorkbook workbook = TestWorkbook.xlsx();
    workbook
        .sheet("KPIs")
        .row("ID", "Name", "Annual target")
        .row("K1", "Revenue", 1200)
        .row("K2", "Cost", 600);
    workbook.sheet("Objectives").row("ID", "Objective", "Start", "End").row("O1", "Ship", JAN, MAR);
    workbook
        .sheet("KeyResults")
        .row("ID", "Objective", "Key result", "Metric")
        .row("KR1", "O1", "v2", "Milestone");
    workbook.sheet("Actuals").row("ID", JAN).row("K1", 100);
    return workbook;
  }

  private static Map<YearMonth, String> placed(Series series) {
    Map<YearMonth, String> placed = new TreeMap<>();
    series
        .values()
        .forEach(
            (month, value) -> placed.put(month, value.number() + " at " + value.source().place()));
    return placed;
  }

  @Test
  void commaSeparatedWithBom_mergesIntoActuals_eachValuePlacedAtItsLine() throws IOException {
    Path ledger =
        csv(
            "ledger.csv",
            "\uFEFFID,Period,Value\nK1,2026-02,\"1,250.5\"\nK2,Jan 2026,80\nKR1,2026-03,Done\n");

    var plan = plan(read(workbook(), options(false, ledger)));

    assertEquals(
        Map.of(JAN, "100.0 at Actuals!B2", FEB, "1250.5 at ledger.csv:2"),
        placed(plan.actualsOf(Id.of("K1"))));
    assertEquals(Map.of(JAN, "80.0 at ledger.csv:3"), placed(plan.actualsOf(Id.of("K2"))));
    assertEquals(Map.of(MAR, "1.0 at ledger.csv:4"), placed(plan.actualsOf(Id.of("KR1"))));
  }

  @Test
  void semicolonSeparated_headingsFoldedInAnyOrder_blankLinesCounted() throws IOException {
    Path ledger = csv("bi.csv", "value; PERIOD ;Id\r\n\r\n55;2026-02;k2\r\n;2026-03;K2\r\n");

    var plan = plan(read(workbook(), options(false, ledger)));

    // line 1 header, line 2 blank, line 3 the value; a blank value is not reported
    assertEquals(Map.of(FEB, "55.0 at bi.csv:3"), placed(plan.actualsOf(Id.of("K2"))));
  }

  @Test
  void differentValueForACellTheWorkbookFills_isAnErrorNamingBothPlaces() throws IOException {
    Path ledger = csv("ledger.csv", "ID,Period,Value\nK1,2026-01,105\n");

    assertErrors(
        read(workbook(), options(false, ledger)),
        "Actuals!B2: 100 conflicts with ledger.csv:2 (105); expected the same value in both, or --csv-wins to let the CSV win");
  }

  @Test
  void sameValueForACellTheWorkbookFills_isFine() throws IOException {
    Path ledger = csv("ledger.csv", "ID,Period,Value\nK1,2026-01,100.0\n");

    PlanReading reading = read(workbook(), options(false, ledger));

    assertEquals(Map.of(JAN, "100.0 at Actuals!B2"), placed(plan(reading).actualsOf(Id.of("K1"))));
    assertWarnings(reading);
  }

  @Test
  void whenTheCsvWins_itsValueReplacesTheWorkbooksWithAWarning() throws IOException {
    Path ledger = csv("ledger.csv", "ID,Period,Value\nK1,2026-01,105\n");

    PlanReading reading = read(workbook(), options(true, ledger));

    assertEquals(
        Map.of(JAN, "105.0 at ledger.csv:2"), placed(plan(reading).actualsOf(Id.of("K1"))));
    assertWarnings(reading, "Actuals!B2: 100 is replaced by ledger.csv:2 (105), as the CSV wins");
  }

  @Test
  void twoCsvLinesWithDifferentValuesForOneCell_isAnErrorEvenWhenTheCsvWins() throws IOException {
    Path first = csv("a.csv", "ID,Period,Value\nK2,2026-02,10\n");
    Path second = csv("b.csv", "ID,Period,Value\nK2,2026-02,12\n");

    assertErrors(
        read(workbook(), options(true, first, second)),
        "b.csv:2: 12 conflicts with a.csv:2 (10); expected one value per ID and month");
  }

  @Test
  void unknownIdBadPeriodBadValueMissingId_areErrorsAtTheLine() throws IOException {
    Path ledger =
        csv(
            "ledger.csv",
            "ID,Period,Value\nK9,2026-01,1\nK1,Q1,2\nK2,2026-02,n/a\n,2026-02,4\nK2,,5\n");

    assertErrors(
        read(workbook(), options(false, ledger)),
        "ledger.csv:2: ID \"K9\" is not a KPI or key result; expected an ID from the KPIs or KeyResults sheet",
        "ledger.csv:3: period \"Q1\" is not a month; expected " + CellValues.A_MONTH,
        "ledger.csv:4: value \"n/a\" is not a number; expected a number such as 1234.5 or 12%",
        "ledger.csv:5: line has data but no ID; expected an ID, or the line removed",
        "ledger.csv:6: period is blank; expected " + CellValues.A_MONTH);
  }

  @Test
  void unclosedQuote_isAnErrorFromItsLineOn_linesBeforeAreRead() throws IOException {
    Path ledger =
        csv("ledger.csv", "ID,Period,Value\nK2,2026-02,\"multi\nline\"\nK2,2026-03,\"7\n");

    assertErrors(
        read(workbook(), options(false, ledger)),
        "ledger.csv:2: value \"multi\nline\" is not a number; expected a number such as 1234.5 or 12%",
        "ledger.csv:4: cannot be read as CSV from this line on (a quote is not closed, or text follows a"
            + " closing quote); expected comma- or semicolon-separated values, quoted whole");
  }

  @Test
  void missingColumn_isAnErrorAtTheHeaderLine() throws IOException {
    Path ledger = csv("ledger.csv", "ID,Month,Value\nK1,2026-01,1\n");

    assertErrors(
        read(workbook(), options(false, ledger)),
        "ledger.csv:1: missing required column Period; expected a header row with ID, Period and Value");
  }

  @Test
  void missingFile_cannotBeReadAtAll() {
    Path missing = folder.resolve("missing.csv");

    UnreadableFileException thrown =
        assertThrows(
            UnreadableFileException.class,
            () -> PlanReader.read(workbook().workbook(), "plan.xlsx", options(false, missing)));

    assertEquals(
        "missing.csv: no such file; expected a CSV file of actuals at " + missing,
        thrown.getMessage());
  }

  @Test
  void values_keepTheirNumbersExactly() throws IOException {
    Path ledger = csv("ledger.csv", "ID;Period;Value\nK2;2026-02;12.5%\n");

    Value value =
        plan(read(workbook(), options(false, ledger))).actualsOf(Id.of("K2")).at(FEB).orElseThrow();

    // 12.5% = 0.125
    assertEquals(0.125, value.number());
  }
}

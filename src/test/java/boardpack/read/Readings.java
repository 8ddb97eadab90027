package boardpack.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.model.Plan;
import boardpack.model.Problem;
import java.time.YearMonth;
import java.util.List;

/** Test-only shortcuts: read a built workbook, and assert its whole problem list. */
final class Readings {

  static final YearMonth JAN = YearMonth.of(2026, 1);
  static final YearMonth FEB = YearMonth.of(2026, 2);
  static final YearMonth MAR = YearMonth.of(2026, 3);

  private Readings() {}

  static PlanReading read(TestWorkbook workbook) {
    return read(workbook, ReadOptions.NONE);
  }

  static PlanReading read(TestWorkbook workbook, ReadOptions options) {
    try {
      return PlanReader.read(workbook.workbook(), "plan.xlsx", options);
    } catch (UnreadableFileException e) {
      throw new AssertionError(e);
    }
  }

  /** The plan, after checking there was no error. */
  static Plan plan(PlanReading reading) {
    assertEquals(List.of(), messages(reading.errors()));
    return reading.plan().orElseThrow();
  }

  static void assertErrors(PlanReading reading, String... expected) {
    assertEquals(List.of(expected), messages(reading.errors()));
    assertTrue(reading.plan().isEmpty(), "no plan with errors");
  }

  static void assertWarnings(PlanReading reading, String... expected) {
    assertEquals(List.of(expected), messages(reading.warnings()));
  }

  static List<String> messages(List<Problem> problems) {
    return problems.stream().map(Problem::toString).toList();
  }

  /** KPIs K1 (Revenue, annual target 1200) and an Actuals sheet with K1's January: 100. */
  static TestWorkbook minimal() {
    TestWorkbook workbook = TestWorkbook.xlsx();
    workbook.sheet("KPIs").row("ID", "Name", "Annual target").row("K1", "Revenue", 1200);
    workbook.sheet("Actuals").row("ID", JAN).row("K1", 100);
    return workbook;
  }

  /** A workbook with only a KPIs sheet of the given rows (header first) and an Actuals header. */
  static TestWorkbook kpis(Object[]... rows) {
    TestWorkbook workbook = TestWorkbook.xlsx();
    TestWorkbook.SheetWriter kpis = workbook.sheet("KPIs");
    for (Object[] row : rows) {
      kpis.row(row);
    }
    workbook.sheet("Actuals").row("ID", JAN);
    return workbook;
  }

  static Object[] cells(Object... cells) {
    return cells;
  }
}

package boardpack.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.model.Plan;
import boardpack.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test-only shortcuts: read a built workbook, and assert its whole problem list. */
final class Readings {

  static final YearMonth JAN = YearMonth.of(2026, 1);
  static final YearMonth FEB = YearMonth.of(2026, 2);
  static final YearMonth MAR = YearMonth.of(2026, 3);

  private Readings() {}

  static PlanReading read(TestWorkbook workbook) {
    return read(workbook, ReadOptions.NONE);
  }

  /**
   * Reads a built workbook both ways the reader has: as POI's objects in memory and, for a .xlsx,
   * saved and read back through the file, which streams it; the two readings must be the same.
   */
  static PlanReading read(TestWorkbook workbook, ReadOptions options) {
    try {
      PlanReading objects = PlanReader.read(workbook.workbook(), "plan.xlsx", options);
      if (!(workbook.workbook() instanceof XSSFWorkbook)) {
        return objects;
      }
      PlanReading fromFile = readSaved(workbook, options);
      assertEquals(
          messages(objects.problems()), messages(fromFile.problems()), "streamed: problems");
      assertEquals(objects, fromFile, "streamed: plan");
      return fromFile;
    } catch (UnreadableFileException | IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Reads a saved workbook as a plan (streamed, for a .xlsx) and as POI's objects opened from the
   * same file; the two readings must be the same.
   */
  static PlanReading readFile(Path file, ReadOptions options) throws UnreadableFileException {
    PlanReading fromFile = PlanReader.read(file, options);
    try (Workbook workbook = WorkbookOpener.open(file)) {
      PlanReading objects = PlanReader.read(workbook, String.valueOf(file.getFileName()), options);
      assertEquals(
          messages(objects.problems()), messages(fromFile.problems()), "objects: problems");
      assertEquals(objects, fromFile, "objects: plan");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return fromFile;
  }

  private static PlanReading readSaved(TestWorkbook workbook, ReadOptions options)
      throws IOException, UnreadableFileException {
    Path folder = Files.createTempDirectory("boardpack-read");
    Path file = workbook.save(folder, "plan.xlsx");
    try {
      return PlanReader.read(file, options);
    } finally {
      Files.delete(file);
      Files.delete(folder);
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

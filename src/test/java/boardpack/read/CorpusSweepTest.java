package boardpack.read;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The robustness sweep (corpus/README.md): every file of the corpus, given as the plan and every
 * CSV also as --actuals, ends in a reading or in one line naming the file, in the suite's 256 MB
 * heap. Skipped when the corpus folder is not there (it is never committed). How fast is for a
 * benchmark to measure; a file that hangs the reader is stopped by surefire's limit on the run.
 */
class CorpusSweepTest {

  private static final String CORPUS_PROPERTY = "boardpack.corpus";
  private static final String DEFAULT_CORPUS = "../shared/corpus/poi";

  @TempDir Path temp;

  /** What happened to one file: an outcome for the table, and a failure when it was not clear. */
  private record Outcome(String file, String role, String result, String message, String failure) {}

  @Test
  void everyCorpusFile_endsInAReadingOrOneLineNamingTheFile() throws IOException {
    Path corpus = Path.of(System.getProperty(CORPUS_PROPERTY, DEFAULT_CORPUS));
    boolean present = Files.isDirectory(corpus);
    String missing = "no folder " + corpus.toAbsolutePath().normalize();
    // CI always has ../shared beside the clone: there a missing corpus is a failure, not a skip.
    if (!present && "true".equals(System.getenv("CI"))) {
      fail("corpus sweep cannot run in CI: " + missing);
    }
    if (!present) {
      System.out.println("Corpus sweep skipped: " + missing);
    }
    assumeTrue(present, "corpus sweep skipped: " + missing);
    Path tinyPlan = writeTinyValidPlan(temp.resolve("tiny-plan.xlsx"));

    List<Outcome> outcomes = new ArrayList<>();
    for (Path file : filesIn(corpus)) {
      outcomes.add(sweep(file, "plan", () -> PlanReader.read(file, ReadOptions.NONE)));
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
        ReadOptions asActuals = new ReadOptions(List.of(file), false);
        outcomes.add(sweep(file, "actuals", () -> PlanReader.read(tinyPlan, asActuals)));
      }
    }

    printTable(outcomes);
    List<String> failures =
        outcomes.stream()
            .filter(o -> o.failure() != null)
            .map(o -> o.file() + " (" + o.role() + "): " + o.failure())
            .toList();
    if (!failures.isEmpty()) {
      fail(failures.size() + " corpus files did not end clearly:\n" + String.join("\n", failures));
    }
  }

  private interface Reading {
    PlanReading read() throws UnreadableFileException;
  }

  private static List<Path> filesIn(Path corpus) throws IOException {
    try (Stream<Path> files = Files.list(corpus)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static Outcome sweep(Path file, String role, Reading reading) {
    String name = file.getFileName().toString();
    try {
      PlanReading result = reading.read();
      String summary =
          "read: " + result.errors().size() + " errors, " + result.warnings().size() + " warnings";
      String first = result.problems().isEmpty() ? "" : result.problems().get(0).toString();
      return new Outcome(name, role, summary, first, null);
    } catch (UnreadableFileException e) {
      return new Outcome(name, role, "unreadable", e.getMessage(), unclear(e.getMessage(), name));
    } catch (
        Throwable e) { // the sweep records anything that escapes, errors included, then goes on
      return new Outcome(name, role, "ESCAPED", String.valueOf(e), describe(e));
    }
  }

  /** Null when the message is one line naming the file; else what is wrong with it. */
  private static String unclear(String message, String name) {
    if (message == null || message.isBlank()) {
      return "message is empty";
    }
    if (message.contains("\n") || message.contains("\r")) {
      return "message is more than one line: " + message;
    }
    return message.contains(name) ? null : "message does not name the file: " + message;
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder("escaped ").append(e);
    StackTraceElement[] frames = e.getStackTrace();
    for (int i = 0; i < Math.min(5, frames.length); i++) {
      text.append("\n      at ").append(frames[i]);
    }
    return text.toString();
  }

  private static void printTable(List<Outcome> outcomes) {
    System.out.println("Corpus sweep: " + outcomes.size() + " readings");
    System.out.printf("%-70s %-8s %-30s  %s%n", "file", "as", "outcome", "first message");
    for (Outcome o : outcomes) {
      String message =
          o.message().length() > 160 ? o.message().substring(0, 160) + "..." : o.message();
      System.out.printf("%-70s %-8s %-30s  %s%n", o.file(), o.role(), o.result(), message);
    }
  }

  /** A plan with one KPI and two months of actuals, as workbook.md describes the minimum. */
  private static Path writeTinyValidPlan(Path file) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet kpis = workbook.createSheet("KPIs");
      row(kpis, 0, "ID", "Name", "Unit", "Annual target");
      row(kpis, 1, "K1", "Revenue", "USD", 1200);
      Sheet actuals = workbook.createSheet("Actuals");
      row(actuals, 0, "ID", "2026-01", "2026-02");
      row(actuals, 1, "K1", 100, 110);
      workbook.write(out);
    }
    return file;
  }

  private static void row(Sheet sheet, int index, Object... cells) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] instanceof Number number) {
        row.createCell(i).setCellValue(number.doubleValue());
      } else {
        row.createCell(i).setCellValue(cells[i].toString());
      }
    }
  }
}

package boardpack.cli;

import static boardpack.cli.MonthEndRun.STEM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * outputs.md: a failed run leaves no half-written file and loses nothing; the plan is read only.
 */
class NothingLostTest {

  @TempDir Path dir;

  private final FakeParts parts = new FakeParts();
  private final MonthEndRun run = new MonthEndRun(parts.standard());

  @Test
  void run_writerFailsHalfWay_earlierRunsFilesUnchanged_noTemporaryFileLeft() throws Exception {
    Path out = dir.resolve("out");
    assertEquals(0, run.run("run", MonthEndRun.SAMPLE_PLAN.toString(), "--out", out.toString()));
    Map<String, byte[]> before = contents(out);

    int code =
        run.parts(parts.failingHalfWay())
            .run("run", MonthEndRun.SAMPLE_PLAN.toString(), "--out", out.toString());

    assertEquals(3, code);
    assertEquals(
        "boardpack: cannot write to "
            + out
            + " (disk full); check the folder and run again"
            + System.lineSeparator(),
        run.err());
    Map<String, byte[]> after = contents(out);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    // 3 CSVs and the actuals record, 2 parts for each of 3 scopes, 4 messages: 14; nothing hidden
    assertEquals(14, after.size(), after.keySet().toString());
  }

  @Test
  void run_intoThePlansOwnFolder_planBytesUnchanged() throws Exception {
    Path plan = MonthEndRun.copySample(dir, "plan.xlsx");
    byte[] original = Files.readAllBytes(plan);

    int code = run.run("run", plan.toString(), "--out", dir.toString());

    assertEquals(0, code, run.err());
    assertArrayEquals(original, Files.readAllBytes(plan));
    assertTrue(Files.exists(dir.resolve(STEM + "-kpis.csv")));
  }

  @Test
  void run_anOutputWouldHaveThePlansName_refusedAndPlanBytesUnchanged() throws Exception {
    Path plan = MonthEndRun.copySample(dir, STEM + "-scorecard.xlsx");
    byte[] original = Files.readAllBytes(plan);

    int code = run.run("run", plan.toString(), "--out", dir.toString());

    assertEquals(3, code);
    assertEquals(
        "boardpack: cannot write to "
            + dir
            + " ("
            + STEM
            + "-scorecard.xlsx would replace an"
            + " input file); check the folder and run again"
            + System.lineSeparator(),
        run.err());
    assertArrayEquals(original, Files.readAllBytes(plan));
    assertEquals(Map.of(), contentsExcept(dir, plan, dir.resolve("ledger.csv")));
  }

  @Test
  void run_twiceWithTheSameInputs_sameCsvBytes() throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");

    run.run("run", MonthEndRun.SAMPLE_PLAN.toString(), "--out", first.toString());
    run.run("run", MonthEndRun.SAMPLE_PLAN.toString(), "--out", second.toString());

    for (String csv : new String[] {"-kpis.csv", "-key-results.csv", "-objectives.csv"}) {
      assertArrayEquals(
          Files.readAllBytes(first.resolve(STEM + csv)),
          Files.readAllBytes(second.resolve(STEM + csv)),
          csv);
    }
  }

  /** Every file in {@code folder} by name, hidden and temporary ones included. */
  static Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }

  private static Map<String, byte[]> contentsExcept(Path folder, Path... inputs)
      throws IOException {
    Map<String, byte[]> files = contents(folder);
    for (Path input : inputs) {
      files.remove(input.getFileName().toString());
    }
    return files;
  }
}

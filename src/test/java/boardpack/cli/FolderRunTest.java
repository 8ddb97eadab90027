package boardpack.cli;

import static boardpack.cli.MonthEndRun.STEM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run FOLDER: every plan of a group, each into its own subfolder; one bad plan stops none. */
class FolderRunTest {

  private static final String NL = System.lineSeparator();

  @TempDir Path dir;

  private final MonthEndRun run = new MonthEndRun(new FakeParts().standard());

  @Test
  void run_folderWithABrokenWorkbook_writesTheOthers_reportsIt_exitsSeven() throws Exception {
    Path plans = dir.resolve("plans");
    MonthEndRun.copySample(plans, "north.xlsx");
    MonthEndRun.copySample(plans, "south.xlsx");
    Files.writeString(plans.resolve("broken.xlsx"), "not a workbook", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    int code = run.run("run", plans.toString(), "--out", out.toString(), "--jobs", "2");

    assertEquals(7, code, run.err());
    for (String plan : List.of("north", "south")) {
      assertTrue(Files.exists(out.resolve(plan).resolve(STEM + "-kpis.csv")), plan);
      assertTrue(Files.exists(out.resolve(plan).resolve(STEM + "-board-pack-sales.pdf")), plan);
    }
    assertFalse(Files.exists(out.resolve("broken")));
    assertTrue(run.out().contains("== broken.xlsx ==" + NL + "broken.xlsx: "), run.out());
    assertTrue(run.out().endsWith(NL + "3 plans: 2 written, 1 failed" + NL), run.out());
  }

  @Test
  void run_folder_summaryHasOneRowPerPlan_periodCountsOutputsProblems() throws Exception {
    Path plans = dir.resolve("plans");
    MonthEndRun.copySample(plans, "north.xlsx");
    Files.writeString(plans.resolve("broken.xlsx"), "not a workbook", StandardCharsets.UTF_8);

    run.run("run", plans.toString(), "--out", dir.resolve("out").toString());

    List<String> lines = run.out().lines().toList();
    int header =
        lines.indexOf(lines.stream().filter(l -> l.startsWith("Plan ")).findFirst().orElseThrow());
    assertTrue(
        lines.get(header).matches("Plan +Period +Green +Amber +Red +None +Outputs +Problems"),
        lines.get(header));
    // broken.xlsx first (name order): no period, no counts, nothing written, the reason
    assertTrue(
        lines.get(header + 1).matches("broken\\.xlsx +0  broken\\.xlsx: this is a text file, .+"),
        lines.get(header + 1));
    // north.xlsx, October: 3 CSVs + actuals record + 2 files for 3 scopes + 4 messages = 14
    assertTrue(
        lines.get(header + 2).matches("north\\.xlsx +2026-10 +\\d+ +\\d+ +\\d+ +\\d+ +14"),
        lines.get(header + 2));
  }

  @Test
  void run_folder_skipsExcelLockFilesAndOtherFiles_progressLinePerPlan() throws Exception {
    Path plans = dir.resolve("plans");
    MonthEndRun.copySample(plans, "north.xlsx");
    Files.writeString(plans.resolve("~$north.xlsx"), "owner file", StandardCharsets.UTF_8);
    Files.writeString(plans.resolve("readme.txt"), "notes", StandardCharsets.UTF_8);
    Files.createDirectories(plans.resolve("archive.xlsx"));
    Path out = dir.resolve("out");

    int code = run.run("run", plans.toString(), "--out", out.toString());

    assertEquals(0, code, run.out() + run.err());
    assertTrue(run.out().startsWith("[1/1] north.xlsx: done" + NL), run.out());
    assertEquals(List.of("north"), subfolders(out));
    assertTrue(run.out().endsWith(NL + "1 plan: 1 written, 0 failed" + NL), run.out());
  }

  @Test
  void run_folderDryRun_printsEachPlansRecipients_writesNothing() throws Exception {
    Path plans = dir.resolve("plans");
    MonthEndRun.copySample(plans, "north.xlsx");
    MonthEndRun.copySample(plans, "south.xlsx");
    Path out = dir.resolve("out");

    int code = run.run("run", plans.toString(), "--out", out.toString(), "--dry-run");

    assertEquals(0, code, run.err());
    for (String plan : List.of("north.xlsx", "south.xlsx")) {
      String report = run.out().substring(run.out().indexOf("== " + plan + " =="));
      assertTrue(
          report.contains(
              "marcus.reed@northwind-coffee.example (Sales): " + STEM + "-board-pack-sales.pdf"),
          report);
    }
    assertTrue(run.out().endsWith(NL + "2 plans: 2 checked, 0 failed" + NL), run.out());
    assertFalse(Files.exists(out));
  }

  @Test
  void run_folderWithoutPlans_exitsThree() throws Exception {
    Files.createDirectories(dir.resolve("empty"));

    int code = run.run("run", dir.resolve("empty").toString());

    assertEquals(3, code);
    assertEquals(
        "boardpack: no plan workbook (.xlsx, .xlsm or .xls) in " + dir.resolve("empty") + NL,
        run.err());
  }

  @Test
  void run_folderWithActuals_isAUsageError() throws Exception {
    Path plans = dir.resolve("plans");
    MonthEndRun.copySample(plans, "north.xlsx");

    int code =
        run.run("run", plans.toString(), "--actuals", plans.resolve("ledger.csv").toString());

    assertEquals(4, code);
  }

  @Test
  void run_jobsZero_isAUsageError() throws Exception {
    int code = run.run("run", dir.toString(), "--jobs", "0");

    assertEquals(4, code);
    assertTrue(run.err().contains("--jobs 0 is not a number of plans; give 1 or more"), run.err());
  }

  @Test
  void exitCode_failedPlanOutranksFailedSendsOutranksWarnings() {
    PlanOutcome ok = outcome(0);
    PlanOutcome warned = outcome(1);
    PlanOutcome unsent = outcome(6);
    PlanOutcome invalid = outcome(2);

    assertEquals(0, FolderRun.exitCode(List.of(ok, ok)));
    assertEquals(1, FolderRun.exitCode(List.of(ok, warned)));
    assertEquals(6, FolderRun.exitCode(List.of(warned, unsent)));
    assertEquals(7, FolderRun.exitCode(List.of(unsent, invalid, ok)));
  }

  private static PlanOutcome outcome(int exitCode) {
    return new PlanOutcome("p.xlsx", Optional.empty(), Optional.empty(), 0, 0, 0, 0, exitCode, "");
  }

  private static List<String> subfolders(Path folder) throws Exception {
    try (var list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}

package boardpack.cli;

import boardpack.read.UnreadableFileException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code run FOLDER}: every plan workbook of the folder, each into its own subfolder of {@code
 * --out}, {@code --jobs} at a time. One plan's failure is reported and the others go on; the end is
 * a summary table and an exit code that says whether any failed.
 */
final class FolderRun {

  /** A plan's outcome and everything its run printed, kept apart so parallel runs never mix. */
  record Finished(PlanOutcome outcome, String report) {}

  private final PlanOptions options;
  private final RunSettings settings;
  private final int jobs;
  private final PrintStream stdout;
  private final PrintStream err;

  FolderRun(
      PlanOptions options, RunSettings settings, int jobs, PrintStream stdout, PrintStream err) {
    this.options = options;
    this.settings = settings;
    this.jobs = jobs;
    this.stdout = stdout;
    this.err = err;
  }

  int run() {
    if (!options.actuals.isEmpty()) {
      err.println(
          "boardpack: --actuals is for one plan; run a plan that has its own ledgers by itself");
      return ExitCode.USAGE;
    }
    Map<Path, String> plans;
    try {
      plans = PlanFolder.plans(options.plan);
    } catch (IOException e) {
      err.println(
          "boardpack: cannot list the folder " + options.plan + " (" + e.getMessage() + ")");
      return ExitCode.UNREADABLE_FILE;
    }
    if (plans.isEmpty()) {
      err.println("boardpack: no plan workbook (.xlsx, .xlsm or .xls) in " + options.plan);
      return ExitCode.UNREADABLE_FILE;
    }
    List<Finished> finished = runAll(plans);
    FolderSummary.print(finished, settings.mail().dryRun, stdout);
    return exitCode(finished.stream().map(Finished::outcome).toList());
  }

  private List<Finished> runAll(Map<Path, String> plans) {
    Progress progress = new Progress(plans.size(), settings.context().terminal(), stdout);
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, plans.size()));
    try {
      List<Future<Finished>> futures = new ArrayList<>();
      plans.forEach(
          (plan, subfolder) ->
              futures.add(
                  pool.submit(
                      () -> progress.done(runOne(plan, settings.out().resolve(subfolder))))));
      List<Finished> finished = new ArrayList<>();
      for (Future<Finished> future : futures) {
        finished.add(future.get());
      }
      progress.end();
      return finished;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the plans ran", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a plan's run failed outside its own handling", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Finished runOne(Path plan, Path folder) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream report = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    String name = plan.getFileName().toString();
    PlanOutcome outcome;
    try {
      outcome = new PlanRun(onePlan(plan), settings.into(folder, jobs), report, report).run();
    } catch (UnreadableFileException e) {
      report.println(e.getMessage());
      outcome = PlanOutcome.failed(name, ExitCode.UNREADABLE_FILE, e.getMessage());
    } catch (RuntimeException | Error e) { // one plan's crash must not stop the others
      String line = CrashReport.write(e, new String[] {"run", plan.toString()}, temporaryFolder());
      report.println(line);
      outcome = PlanOutcome.failed(name, ExitCode.INTERNAL_ERROR, line);
    }
    return new Finished(outcome, buffer.toString(StandardCharsets.UTF_8));
  }

  private PlanOptions onePlan(Path plan) {
    PlanOptions one = new PlanOptions();
    one.plan = plan;
    one.csvWins = options.csvWins;
    one.period = options.period;
    return one;
  }

  /** 7 when any plan failed, else 6 when any message was not sent, else 1 with warnings, else 0. */
  static int exitCode(List<PlanOutcome> outcomes) {
    if (outcomes.stream().anyMatch(PlanOutcome::failed)) {
      return ExitCode.PLANS_FAILED;
    }
    if (outcomes.stream().anyMatch(o -> o.exitCode() == ExitCode.SENDS_FAILED)) {
      return ExitCode.SENDS_FAILED;
    }
    return ExitCode.done(outcomes.stream().anyMatch(o -> o.exitCode() == ExitCode.WARNINGS));
  }

  private static Path temporaryFolder() {
    return Path.of(System.getProperty("java.io.tmpdir"));
  }
}

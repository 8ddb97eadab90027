package boardpack.cli;

import boardpack.compute.PackView;
import boardpack.compute.ScorecardEngine;
import boardpack.model.Scorecard;
import boardpack.read.PackRecordReader;
import boardpack.read.UnreadableFileException;
import boardpack.write.StagedOutput;
import boardpack.write.csv.ScorecardCsv;
import boardpack.write.pdf.BoardPackPdf;
import boardpack.write.pdf.Template;
import boardpack.write.pdf.TemplateException;
import boardpack.write.xlsx.InputFiles;
import boardpack.write.xlsx.ScorecardWorkbook;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code boardpack run PLAN}: the whole pipeline, read, check, compute, write. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    version = "boardpack " + Main.VERSION,
    description =
        "Checks the plan and, when it has no error, computes the scorecard for the reporting"
            + " period and writes <org>-<YYYY-MM>-kpis.csv, -key-results.csv, -objectives.csv,"
            + " -scorecard.xlsx and -board-pack.pdf, with -actuals.csv, the record of the actuals"
            + " it was built from; when --out holds an earlier month's record, also -changes.csv.")
final class RunCommand implements Callable<Integer> {

  @Mixin PlanOptions options;

  @Mixin TemplateOption templateOption;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "the output folder (default: ${DEFAULT-VALUE})")
  Path out = Path.of("out");

  private final PrintStream stdout;
  private final PrintStream err;

  RunCommand(PrintStream stdout, PrintStream err) {
    this.stdout = stdout;
    this.err = err;
  }

  @Override
  public Integer call() throws UnreadableFileException {
    Template template;
    try {
      template = templateOption.load(); // before the plan: a broken look fails fast
    } catch (TemplateException e) {
      err.println("boardpack: " + e.getMessage());
      return ExitCode.UNREADABLE_FILE;
    }
    PlanCheck check = PlanCheck.read(options);
    PlanReport.print(check, stdout);
    if (check.hasErrors()) {
      PlanReport.refuse(check, " (nothing was written)", err);
      return ExitCode.INVALID_PLAN;
    }
    Scorecard scorecard =
        ScorecardEngine.compute(check.plan().orElseThrow(), check.period().orElseThrow());
    if (!scorecard.warnings().isEmpty()) {
      stdout.println();
      PlanReport.problems("Warnings from the calculations", scorecard.warnings(), stdout);
    }
    // What changed since last month: the latest earlier record in the output folder, if any.
    PackRecordReader.Reading earlier = EarlierPack.read(out, scorecard, stdout);
    try {
      PackView view =
          PackView.of(
              scorecard,
              EarlierPack.withWarnings(check.warningsAndNotes(), earlier),
              earlier.previous());
      PlanReport.written(writeOutputs(view, template), stdout);
    } catch (TemplateException e) {
      err.println("boardpack: " + e.getMessage() + " (nothing was written)");
      return ExitCode.UNREADABLE_FILE;
    } catch (IOException e) {
      err.println(
          "boardpack: cannot write to "
              + out
              + " ("
              + reason(e)
              + "); check the folder and run again");
      return ExitCode.UNREADABLE_FILE;
    }
    return ExitCode.done(
        !check.warnings().isEmpty()
            || !scorecard.warnings().isEmpty()
            || !earlier.warnings().isEmpty());
  }

  // Every output is staged beside its final name and moved into place only when all are written.
  private List<Path> writeOutputs(PackView view, Template template)
      throws IOException, TemplateException {
    try (StagedOutput output = StagedOutput.in(out)) {
      ScorecardCsv.stage(view, output);
      ScorecardWorkbook.stage(view, inputFiles(), output);
      BoardPackPdf.stage(view, template, output);
      return output.commit();
    }
  }

  // The plan and CSV ledgers, so the scorecard can link each figure to the cell it came from.
  private InputFiles inputFiles() {
    List<Path> inputs = new ArrayList<>(List.of(options.plan));
    inputs.addAll(options.actuals);
    return InputFiles.of(out, inputs);
  }

  // NIO's messages are often just the path; say what went wrong instead.
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way of the folder";
    }
    return String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
  }
}

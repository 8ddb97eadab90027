package boardpack.cli;

import boardpack.read.UnreadableFileException;
import boardpack.write.pdf.Template;
import boardpack.write.pdf.TemplateException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code boardpack run PLAN}: the whole pipeline, read, check, compute, write, deliver; {@code run
 * FOLDER}: every plan in the folder.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    version = "boardpack " + Main.VERSION,
    description =
        "Checks the plan and, when it has no error, computes the scorecard for the reporting"
            + " period and writes <org>-<YYYY-MM>-kpis.csv, -key-results.csv, -objectives.csv,"
            + " -scorecard.xlsx and -board-pack.pdf, with -actuals.csv, the record of the actuals"
            + " it was built from (and -changes.csv when --out holds an earlier month's record),"
            + " each Distribution scope's pack and one .eml message per recipient (sent with"
            + " --smtp). Given a FOLDER, runs every plan workbook in it, each into its own"
            + " subfolder of --out.")
final class RunCommand implements Callable<Integer> {

  @Mixin PlanOptions options;

  @Mixin TemplateOption templateOption;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "the output folder (default: ${DEFAULT-VALUE})")
  Path out = Path.of("out");

  @Mixin MailOptions mail;

  @Mixin FolderOptions folder;

  @Spec CommandSpec spec;

  private final PrintStream stdout;
  private final PrintStream err;
  private final RunContext context;

  RunCommand(PrintStream stdout, PrintStream err, RunContext context) {
    this.stdout = stdout;
    this.err = err;
    this.context = context;
  }

  @Override
  public Integer call() throws UnreadableFileException {
    // issue 11: a folder runs every plan in it; one plan also delivers its packs (PlanRun).
    mail.check(spec);
    Template template;
    try {
      template = templateOption.load(); // before the plan: a broken look fails fast
    } catch (TemplateException e) {
      err.println("boardpack: " + e.getMessage());
      return ExitCode.UNREADABLE_FILE;
    }
    RunSettings settings = new RunSettings(out, mail, template, context);
    if (Files.isDirectory(options.plan)) {
      return new FolderRun(options, settings, folder.jobs(spec), stdout, err).run();
    }
    return new PlanRun(options, settings, stdout, err).run().exitCode();
  }
}

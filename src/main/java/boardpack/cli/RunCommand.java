package boardpack.cli;

import boardpack.read.UnreadableFileException;
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
            + " period and writes <org>-<YYYY-MM>-kpis.csv, -key-results.csv and -objectives.csv,"
            + " each Distribution scope's pack and one .eml message per recipient (sent with"
            + " --smtp). Given a FOLDER, runs every plan workbook in it, each into its own"
            + " subfolder of --out.")
final class RunCommand implements Callable<Integer> {

  @Mixin PlanOptions options;

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
    if (Files.isDirectory(options.plan)) {
      return new FolderRun(options, out, mail, folder.jobs(spec), context, stdout, err).run();
    }
    return new PlanRun(options, out, mail, context, stdout, err).run().exitCode();
  }
}

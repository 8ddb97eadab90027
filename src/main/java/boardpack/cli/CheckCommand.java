package boardpack.cli;

import boardpack.read.UnreadableFileException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code boardpack check PLAN}: reads and checks the plan, writes nothing. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    version = "boardpack " + Main.VERSION,
    description =
        "Reads and checks the plan: prints the organisation, reporting period and counts, then"
            + " every warning and every error with the cell it is about.")
final class CheckCommand implements Callable<Integer> {

  @Mixin PlanOptions options;

  private final PrintStream out;
  private final PrintStream err;

  CheckCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws UnreadableFileException {
    PlanCheck check = PlanCheck.read(options);
    PlanReport.print(check, out);
    if (check.hasErrors()) {
      PlanReport.refuse(check, "", err);
      return ExitCode.INVALID_PLAN;
    }
    return ExitCode.done(!check.warnings().isEmpty());
  }
}

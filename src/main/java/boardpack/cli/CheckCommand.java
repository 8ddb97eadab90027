package boardpack.cli;

import boardpack.read.UnreadableFileException;
import boardpack.write.annotate.AnnotatedPlan;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code boardpack check PLAN}: reads and checks the plan; writes nothing but, with {@code
 * --annotate}, a marked-up copy of the plan beside it.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    version = "boardpack " + Main.VERSION,
    description =
        "Reads and checks the plan: prints the organisation, reporting period and counts, then"
            + " every warning and every error with the cell it is about.")
final class CheckCommand implements Callable<Integer> {

  @Mixin PlanOptions options;

  @Option(
      names = "--annotate",
      description =
          "also write a copy of the plan beside it, <PLAN>-annotated.xlsx, with every problem"
              + " marked at its cell (red errors, amber warnings, blue notes) and listed with links"
              + " on a first sheet; -annotated-2 ... when that name is taken")
  boolean annotate;

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
    if (annotate) {
      try {
        Path copy = AnnotatedPlan.write(options.plan, check.problems());
        PlanReport.written(List.of(copy), out);
      } catch (IOException e) {
        err.println(
            "boardpack: cannot write the annotated copy of "
                + options.plan
                + " ("
                + String.valueOf(e.getMessage()).replaceAll("\\s+", " ")
                + ")");
        return ExitCode.UNREADABLE_FILE;
      }
    }
    if (check.hasErrors()) {
      PlanReport.refuse(check, "", err);
      return ExitCode.INVALID_PLAN;
    }
    return ExitCode.done(!check.warnings().isEmpty());
  }
}

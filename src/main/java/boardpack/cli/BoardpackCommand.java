package boardpack.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top command: {@code boardpack check|run|init}; by itself only help and version. {@code
 * boardpack help [COMMAND]} works as in git and mvn (picocli's built-in help command).
 */
@Command(
    name = "boardpack",
    mixinStandardHelpOptions = true,
    subcommands = HelpCommand.class,
    version = "boardpack " + Main.VERSION,
    description =
        "Turns a plan workbook of OKRs, KPIs and monthly actuals into a month-end scorecard.")
final class BoardpackCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "missing command: give 'init PLAN' to start a plan, 'check PLAN' to check one or 'run"
            + " PLAN' to write the scorecard");
  }
}

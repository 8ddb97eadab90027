package boardpack.cli;

import boardpack.read.UnreadableFileException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: {@code boardpack check PLAN}, {@code boardpack run PLAN} and {@code boardpack
 * init PLAN}.
 */
public final class Main {

  public static final String VERSION = "0.1.0";

  private Main() {}

  public static void main(String[] args) {
    // The board pack's charts use AWT fonts; headless, no window system is touched (no Dock icon).
    System.setProperty("java.awt.headless", "true");
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command line and returns its exit code (README.md, Exit codes); never exits. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      return commandLine(out, err).execute(args);
    } catch (RuntimeException
        | Error e) { // picocli hands a command's exceptions to the handler below; this is the rest
      err.println(CrashReport.write(e, args, temporaryFolder()));
      return ExitCode.INTERNAL_ERROR;
    }
  }

  private static CommandLine commandLine(PrintStream out, PrintStream err) {
    CommandLine cli =
        new CommandLine(new BoardpackCommand())
            .addSubcommand(new CommandLine(new CheckCommand(out, err)))
            .addSubcommand(new CommandLine(new RunCommand(out, err)))
            .addSubcommand(new CommandLine(new InitCommand(out, err)));
    cli.setOut(new PrintWriter(new OutputStreamWriter(out, out.charset()), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(err, err.charset()), true));
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
    cli.setParameterExceptionHandler((e, args) -> usageError(e, err));
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> failure(e, parsed.originalArgs(), err));
    exitCodeList(cli);
    return cli;
  }

  private static void exitCodeList(CommandLine cli) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String entry : ExitCode.LIST) {
      codes.put(entry.substring(0, entry.indexOf(':')), entry.substring(entry.indexOf(':') + 1));
    }
    List<CommandLine> commands = new ArrayList<>(List.of(cli));
    cli.getSubcommands().forEach((name, sub) -> commands.add(sub));
    for (CommandLine command : commands) {
      command
          .getCommandSpec()
          .usageMessage()
          .exitCodeListHeading("%nExit codes:%n")
          .exitCodeList(codes);
    }
  }

  private static int usageError(ParameterException e, PrintStream err) {
    err.println("boardpack: " + e.getMessage().replaceAll("[\\r\\n]+", " "));
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println(
        "Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
    return ExitCode.USAGE;
  }

  private static int failure(Exception e, List<String> args, PrintStream err) {
    if (e instanceof UnreadableFileException unreadable) {
      err.println(unreadable.getMessage());
      return ExitCode.UNREADABLE_FILE;
    }
    err.println(CrashReport.write(e, args.toArray(String[]::new), temporaryFolder()));
    return ExitCode.INTERNAL_ERROR;
  }

  private static Path temporaryFolder() {
    return Path.of(System.getProperty("java.io.tmpdir"));
  }
}

package boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Usage, help, version and exit codes: everything the command line decides before reading a plan. */
class MainTest {

  private static final String NL = System.lineSeparator();

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void version_printsTheVersionAndExitsZero() {
    int code = run("--version");

    assertEquals(0, code);
    assertEquals("boardpack 0.1.0" + NL, out());
    assertEquals("", err());
  }

  @Test
  void version_onASubcommand_printsTheVersion() {
    int code = run("run", "--version");

    assertEquals(0, code);
    assertEquals("boardpack 0.1.0" + NL, out());
  }

  @Test
  void help_listsTheCommandsAndTheExitCodes() {
    int code = run("--help");

    assertEquals(0, code);
    assertTrue(out().startsWith("Usage: boardpack [-hV] [COMMAND]" + NL), out());
    assertTrue(out().contains(NL + "  check  Reads and checks the plan"), out());
    assertTrue(out().contains(NL + "  run    Checks the plan and,"), out());
    assertTrue(out().contains(NL + "Exit codes:" + NL + "  0   done, no warnings" + NL), out());
    assertTrue(out().contains(NL + "  4   usage error (unknown option, bad --period, missing PLAN)" + NL), out());
  }

  @Test
  void help_onRun_listsItsOptions() {
    int code = run("run", "--help");

    assertEquals(0, code);
    assertTrue(out().startsWith("Usage: boardpack run [-hV] [--csv-wins] [--out=DIR] [--period=YYYY-MM]"), out());
    assertTrue(out().contains("--actuals=CSV"), out());
    assertTrue(out().contains("--out=DIR          the output folder (default: out)"), out());
  }

  @Test
  void noCommand_isAUsageError() {
    int code = run();

    assertEquals(4, code);
    assertEquals("boardpack: missing command: give 'check PLAN' to check a plan or 'run PLAN' to write the"
        + " scorecard" + NL + "Run 'boardpack --help' for usage." + NL, err());
    assertEquals("", out());
  }

  @Test
  void unknownOption_isAUsageError() {
    int code = run("check", "plan.xlsx", "--bogus");

    assertEquals(4, code);
    assertEquals("boardpack: Unknown option: '--bogus'" + NL + "Run 'boardpack check --help' for usage." + NL, err());
  }

  @Test
  void monthThatDoesNotExist_isAUsageError() {
    int code = run("run", "plan.xlsx", "--period", "2026-13");

    assertEquals(4, code);
    assertEquals("boardpack: Invalid value for option '--period': \"2026-13\" is not a month; give it as YYYY-MM,"
        + " for example 2026-10" + NL + "Run 'boardpack run --help' for usage." + NL, err());
  }

  @Test
  void monthInAnotherNotation_isAUsageError() {
    int code = run("check", "plan.xlsx", "--period", "Oct 2026");

    assertEquals(4, code);
    assertTrue(err().startsWith("boardpack: Invalid value for option '--period': \"Oct 2026\" is not a month;"), err());
  }

  @Test
  void missingPlan_isAUsageError() {
    int code = run("check");

    assertEquals(4, code);
    assertEquals("boardpack: Missing required parameter: 'PLAN'" + NL + "Run 'boardpack check --help' for usage." + NL,
        err());
  }

  @Test
  void twoPlans_isAUsageError() {
    int code = run("run", "a.xlsx", "b.xlsx");

    assertEquals(4, code);
    assertEquals("boardpack: Unmatched argument at index 2: 'b.xlsx'" + NL + "Run 'boardpack run --help' for usage."
        + NL, err());
  }
}

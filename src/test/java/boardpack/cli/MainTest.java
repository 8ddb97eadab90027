package boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Usage, help, version and exit codes: everything the command line decides before reading a plan.
 */
class MainTest {

  private static final String NL = Console.NL;

  private final Console console = new Console();

  @Test
  void version_printsTheVersionAndExitsZero() {
    int code = console.run("--version");

    assertEquals(0, code);
    assertEquals("boardpack 0.1.0" + NL, console.out());
    assertEquals("", console.err());
  }

  @Test
  void version_onASubcommand_printsTheVersion() {
    int code = console.run("run", "--version");

    assertEquals(0, code);
    assertEquals("boardpack 0.1.0" + NL, console.out());
  }

  @Test
  void help_listsTheCommandsAndTheExitCodes() {
    int code = console.run("--help");

    assertEquals(0, code);
    assertTrue(console.out().startsWith("Usage: boardpack [-hV] [COMMAND]" + NL), console.out());
    assertTrue(console.out().contains(NL + "  check  Reads and checks the plan"), console.out());
    assertTrue(console.out().contains(NL + "  run    Checks the plan and,"), console.out());
    assertTrue(console.out().contains(NL + "  init   Writes a new plan workbook"), console.out());
    assertTrue(
        console.out().contains(NL + "Exit codes:" + NL + "  0   done, no warnings" + NL),
        console.out());
    assertTrue(
        console
            .out()
            .contains(
                NL
                    + "  4   usage error (unknown option, bad --period or init option, missing"
                    + " PLAN)"
                    + NL),
        console.out());
  }

  @Test
  void helpCommand_worksAsInGitAndMaven() {
    int top = console.run("help");
    String topOut = console.out();
    Console runHelp = new Console();
    int run = runHelp.run("help", "run");

    assertEquals(0, top);
    assertTrue(topOut.startsWith("Usage: boardpack [-hV] [COMMAND]" + NL), topOut);
    assertEquals(0, run);
    assertTrue(runHelp.out().startsWith("Usage: boardpack run [-hV]"), runHelp.out());
  }

  @Test
  void help_onRun_listsItsOptions() {
    int code = console.run("run", "--help");

    assertEquals(0, code);
    assertTrue(
        console
            .out()
            .startsWith("Usage: boardpack run [-hV] [--csv-wins] [--out=DIR] [--period=YYYY-MM]"),
        console.out());
    assertTrue(console.out().contains("--actuals=CSV"), console.out());
    assertTrue(
        console.out().contains("--out=DIR          the output folder (default: out)"),
        console.out());
  }

  @Test
  void noCommand_isAUsageError() {
    int code = console.run();

    assertEquals(4, code);
    assertEquals(
        "boardpack: missing command: give 'init PLAN' to start a plan, 'check PLAN' to check one"
            + " or 'run PLAN' to write the scorecard"
            + NL
            + "Run 'boardpack --help' for usage."
            + NL,
        console.err());
    assertEquals("", console.out());
  }

  @Test
  void unknownOption_isAUsageError() {
    int code = console.run("check", "plan.xlsx", "--bogus");

    assertEquals(4, code);
    assertEquals(
        "boardpack: Unknown option: '--bogus'"
            + NL
            + "Run 'boardpack check --help' for usage."
            + NL,
        console.err());
  }

  @Test
  void monthThatDoesNotExist_isAUsageError() {
    int code = console.run("run", "plan.xlsx", "--period", "2026-13");

    assertEquals(4, code);
    assertEquals(
        "boardpack: Invalid value for option '--period': \"2026-13\" is not a month; give it as YYYY-MM,"
            + " for example 2026-10"
            + NL
            + "Run 'boardpack run --help' for usage."
            + NL,
        console.err());
  }

  @Test
  void monthInAnotherNotation_isAUsageError() {
    int code = console.run("check", "plan.xlsx", "--period", "Oct 2026");

    assertEquals(4, code);
    assertTrue(
        console
            .err()
            .startsWith(
                "boardpack: Invalid value for option '--period': \"Oct 2026\" is not a month;"),
        console.err());
  }

  @Test
  void missingPlan_isAUsageError() {
    int code = console.run("check");

    assertEquals(4, code);
    assertEquals(
        "boardpack: Missing required parameter: 'PLAN'"
            + NL
            + "Run 'boardpack check --help' for usage."
            + NL,
        console.err());
  }

  @Test
  void twoPlans_isAUsageError() {
    int code = console.run("run", "a.xlsx", "b.xlsx");

    assertEquals(4, code);
    assertEquals(
        "boardpack: Unmatched argument at index 2: 'b.xlsx'"
            + NL
            + "Run 'boardpack run --help' for usage."
            + NL,
        console.err());
  }
}

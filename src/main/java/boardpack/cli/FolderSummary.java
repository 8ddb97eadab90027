package boardpack.cli;

import boardpack.compute.StatusCounts;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a folder run: the report of each plan that has something to say (warnings, errors,
 * failed sends), then one table row per plan: plan, period, KPIs by status, outputs, problems.
 */
final class FolderSummary {

  private static final List<String> HEADINGS =
      List.of("Plan", "Period", "Green", "Amber", "Red", "None", "Outputs", "Problems");
  private static final int NOTE_WIDTH = 100;

  private FolderSummary() {}

  /**
   * Prints the reports of the plans with something to say ({@code everyReport}: of all, as a dry
   * run's are who would get what), then the table.
   */
  static void print(List<FolderRun.Finished> finished, boolean everyReport, PrintStream out) {
    for (FolderRun.Finished plan : finished) {
      if (everyReport || plan.outcome().exitCode() != ExitCode.OK) {
        out.println();
        out.println("== " + plan.outcome().plan() + " ==");
        out.print(plan.report());
      }
    }
    out.println();
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADINGS);
    finished.forEach(plan -> rows.add(row(plan.outcome())));
    table(rows, out);
    long failed = finished.stream().filter(plan -> plan.outcome().failed()).count();
    out.println();
    out.println(
        finished.size()
            + (finished.size() == 1 ? " plan: " : " plans: ")
            + (finished.size() - failed)
            + (everyReport ? " checked, " : " written, ")
            + failed
            + " failed");
  }

  /** A plan's state in a few words, for the progress line and the table. */
  static String status(PlanOutcome outcome) {
    return switch (outcome.exitCode()) {
      case ExitCode.OK -> "done";
      case ExitCode.WARNINGS -> "done, " + count(outcome.warnings(), "warning");
      case ExitCode.INVALID_PLAN -> count(outcome.errors(), "error") + "; nothing written";
      case ExitCode.UNREADABLE_FILE -> "cannot be read or written";
      case ExitCode.SENDS_FAILED ->
          "written; " + count(outcome.failedSends(), "message") + " not sent";
      default -> "internal error";
    };
  }

  private static List<String> row(PlanOutcome outcome) {
    StatusCounts kpis = outcome.kpis().orElse(null);
    String problems = problems(outcome);
    return List.of(
        outcome.plan(),
        outcome.period().map(Object::toString).orElse(""),
        kpis == null ? "" : String.valueOf(kpis.green()),
        kpis == null ? "" : String.valueOf(kpis.amber()),
        kpis == null ? "" : String.valueOf(kpis.red()),
        kpis == null ? "" : String.valueOf(kpis.none()),
        String.valueOf(outcome.outputs()),
        shorten(problems.replaceAll("[\\r\\n]+", " ")));
  }

  // The reason a plan could not run says it all; errors and unsent messages are counted first.
  private static String problems(PlanOutcome outcome) {
    if (outcome.note().isEmpty()) {
      return outcome.exitCode() == ExitCode.OK ? "" : status(outcome);
    }
    return outcome.exitCode() == ExitCode.INVALID_PLAN
        ? status(outcome) + ": " + outcome.note()
        : outcome.note();
  }

  private static void table(List<List<String>> rows, PrintStream out) {
    int[] widths = new int[HEADINGS.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        boolean number = i >= 2 && i <= 6;
        String padded =
            number
                ? " ".repeat(widths[i] - cell.length()) + cell
                : cell + " ".repeat(widths[i] - cell.length());
        line.append(i == 0 ? "" : "  ").append(padded);
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String count(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String shorten(String text) {
    return text.length() > NOTE_WIDTH ? text.substring(0, NOTE_WIDTH - 3) + "..." : text;
  }
}

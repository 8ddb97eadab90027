package boardpack.cli;

import boardpack.model.Plan;
import boardpack.model.Problem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code check} and {@code run} print: the plan's summary, then warnings, then errors, apart.
 */
final class PlanReport {

  private PlanReport() {}

  static void print(PlanCheck check, PrintStream out) {
    out.println("Plan:          " + check.file());
    check.asRead().ifPresent(plan -> summary(plan, check, out));
    if (!check.notes().isEmpty()) {
      out.println();
      problems("Notes", check.notes(), out);
    }
    out.println();
    problems("Warnings", check.warnings(), out);
    out.println();
    problems("Errors", check.errors(), out);
  }

  private static void summary(Plan plan, PlanCheck check, PrintStream out) {
    out.println("Organisation:  " + oneLine(plan.settings().organisation()));
    out.println(
        "Period:        "
            + check
                .period()
                .map(month -> month + " (" + check.periodSource() + ")")
                .orElse("none"));
    out.println("KPIs:          " + plan.kpis().size());
    out.println("Objectives:    " + plan.objectives().size());
    out.println("Key results:   " + plan.keyResults().size());
  }

  /** A heading with the count, then one {@code Sheet!Cell: message} line each. */
  static void problems(String heading, List<Problem> problems, PrintStream out) {
    if (problems.isEmpty()) {
      out.println(heading + ": none");
      return;
    }
    out.println(heading + " (" + problems.size() + "):");
    problems.forEach(problem -> out.println(oneLine(problem.toString())));
  }

  /** The last line when the plan has errors, on the error stream. */
  static void refuse(PlanCheck check, String consequence, PrintStream err) {
    int count = check.errors().size();
    List<String> others = check.otherFilesWithErrors();
    boolean inPlan = check.errors().stream().anyMatch(p -> p.where().file().equals(check.file()));
    String where =
        others.isEmpty()
            ? "the plan"
            : (inPlan ? "the plan and " : "") + String.join(" and ", others);
    err.println(
        check.file()
            + ": "
            + count
            + (count == 1 ? " error; fix it" : " errors; fix them")
            + " in "
            + where
            + " and run again"
            + consequence);
  }

  static void written(List<Path> files, PrintStream out) {
    out.println();
    out.println("Written:");
    files.forEach(out::println);
  }

  // A cell's text can hold line breaks; each problem stays one line.
  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n]+", " ");
  }
}

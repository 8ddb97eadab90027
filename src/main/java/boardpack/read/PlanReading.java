package boardpack.read;

import boardpack.model.Plan;
import boardpack.model.Problem;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading a plan: the plan (absent when any error was found), every problem and note
 * sorted by place, and the plan as far as it could be read ({@code asRead}: present also with
 * errors, for the summary {@code check} prints; never computed from).
 */
public record PlanReading(Optional<Plan> plan, List<Problem> problems, Optional<Plan> asRead) {

  public PlanReading {
    problems = problems.stream().sorted().toList();
  }

  public PlanReading(Optional<Plan> plan, List<Problem> problems) {
    this(plan, problems, plan);
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(Problem::isWarning).toList();
  }

  /** Defaults that decided a figure where the author may have meant otherwise. */
  public List<Problem> notes() {
    return problems.stream().filter(Problem::isNote).toList();
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}

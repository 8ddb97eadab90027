package boardpack.read;

import boardpack.model.Plan;
import boardpack.model.Problem;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading a plan: the plan (absent when any error was found) and every problem,
 * sorted by place.
 */
public record PlanReading(Optional<Plan> plan, List<Problem> problems) {

  public PlanReading {
    problems = problems.stream().sorted().toList();
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}

package boardpack.cli;

import boardpack.compute.ReportingPeriod;
import boardpack.model.Plan;
import boardpack.model.Problem;
import boardpack.model.Source;
import boardpack.read.LaterActuals;
import boardpack.read.PlanReader;
import boardpack.read.PlanReading;
import boardpack.read.UnreadableFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plan read and checked for one run: the plan (absent with errors), the plan as far as it could
 * be read (for the summary, also with errors), the reporting month chosen and why, and every
 * problem and note, the reader's and the run's own.
 */
record PlanCheck(
    String file,
    Optional<Plan> plan,
    Optional<Plan> asRead,
    Optional<YearMonth> period,
    String periodSource,
    List<Problem> problems) {

  static final String NO_PERIOD =
      "no reporting period: the plan has no actuals and no Reporting period"
          + " setting; fill in the Actuals sheet, set Reporting period in Settings, or give --period YYYY-MM";

  PlanCheck {
    problems = List.copyOf(problems);
  }

  static PlanCheck read(PlanOptions options) throws UnreadableFileException {
    PlanReading reading = PlanReader.read(options.plan, options.readOptions());
    return of(options.plan, reading, options.periodOverride());
  }

  /**
   * Chooses the period (compute's rule) and leaves actuals after it out of the plan, with a warning
   * (the reader's rule), so nothing computed from the plan can use them.
   */
  static PlanCheck of(Path planFile, PlanReading reading, Optional<YearMonth> override) {
    String file =
        planFile.getFileName() == null ? planFile.toString() : planFile.getFileName().toString();
    if (reading.asRead().isEmpty()) {
      return new PlanCheck(
          file, Optional.empty(), Optional.empty(), Optional.empty(), "", reading.problems());
    }
    Plan asRead = reading.asRead().get();
    Optional<YearMonth> period = ReportingPeriod.choose(asRead, override);
    PlanReading cut = period.map(month -> LaterActuals.dropAfter(reading, month)).orElse(reading);
    List<Problem> problems = new ArrayList<>(cut.problems());
    if (period.isEmpty()) {
      problems.add(Problem.error(Source.file(file), NO_PERIOD));
    }
    return new PlanCheck(
        file, cut.plan(), cut.asRead(), period, periodSource(asRead, override), problems);
  }

  // The same order as ReportingPeriod.choose: --period, then Settings, then the latest actual.
  private static String periodSource(Plan plan, Optional<YearMonth> override) {
    if (override.isPresent()) {
      return "from --period";
    }
    return plan.settings().reportingPeriod().isPresent()
        ? "from the Settings sheet"
        : "the latest month with an actual";
  }

  List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  List<Problem> warnings() {
    return problems.stream().filter(Problem::isWarning).toList();
  }

  List<Problem> notes() {
    return problems.stream().filter(Problem::isNote).toList();
  }

  /** The warnings and notes the packs show beside the figures (a plan with errors has no pack). */
  List<Problem> warningsAndNotes() {
    return problems.stream().filter(problem -> !problem.isError()).toList();
  }

  /** The other files (CSV ledgers) that errors are in, in the order first named. */
  List<String> otherFilesWithErrors() {
    return errors().stream()
        .map(problem -> problem.where().file())
        .filter(name -> !name.equals(file))
        .distinct()
        .toList();
  }

  boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}

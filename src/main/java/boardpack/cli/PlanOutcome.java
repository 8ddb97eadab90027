package boardpack.cli;

import boardpack.compute.StatusCounts;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * How one plan's run ended, for the folder run's summary.
 *
 * @param kpis the KPIs by month status, when the scorecard was computed
 * @param outputs how many files were written
 * @param failedSends how many messages could not be sent
 * @param note the first error (or the reason it could not run), else empty
 */
record PlanOutcome(
    String plan,
    Optional<YearMonth> period,
    Optional<StatusCounts> kpis,
    int outputs,
    int warnings,
    int errors,
    int failedSends,
    int exitCode,
    String note) {

  PlanOutcome {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(kpis, "kpis");
    Objects.requireNonNull(note, "note");
  }

  /** A plan that could not be run at all: unreadable, or an internal error. */
  static PlanOutcome failed(String plan, int exitCode, String note) {
    return new PlanOutcome(plan, Optional.empty(), Optional.empty(), 0, 0, 1, 0, exitCode, note);
  }

  PlanOutcome withNote(String otherNote) {
    return new PlanOutcome(
        plan, period, kpis, outputs, warnings, errors, failedSends, exitCode, otherNote);
  }

  /** Errors in the plan, unreadable or unwritable, a crash: its outputs were not written. */
  boolean failed() {
    return exitCode != ExitCode.OK
        && exitCode != ExitCode.WARNINGS
        && exitCode != ExitCode.SENDS_FAILED;
  }
}

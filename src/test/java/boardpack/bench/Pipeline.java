package boardpack.bench;

import boardpack.compute.PackView;
import boardpack.compute.ReportingPeriod;
import boardpack.compute.ScorecardEngine;
import boardpack.model.Plan;
import boardpack.model.Problem;
import boardpack.model.Scorecard;
import boardpack.read.PlanReader;
import boardpack.read.PlanReading;
import boardpack.read.ReadOptions;
import boardpack.write.csv.ScorecardCsv;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The stages of {@code boardpack run}, in order, as the benchmark times them one by one. A new
 * output is one more line in {@link #STAGES}.
 */
final class Pipeline {

  /** One step of the run; it takes what earlier stages left in the run and adds its own. */
  record Stage(String name, Step step) {}

  interface Step {
    void run(Run run) throws Exception;
  }

  static final List<Stage> STAGES =
      List.of(
          new Stage("read", run -> run.read(PlanReader.read(run.planFile, ReadOptions.NONE))),
          new Stage("compute", run -> run.scorecard = ScorecardEngine.compute(run.plan, run.period)),
          new Stage("view", run -> run.view = PackView.of(run.scorecard, run.readerWarnings)),
          new Stage("csv", run -> ScorecardCsv.write(run.view, run.out)));

  private Pipeline() {}

  /** What one run of the pipeline carries from stage to stage. */
  static final class Run {
    final Path planFile;
    final Path out;
    Plan plan;
    YearMonth period;
    List<Problem> readerWarnings;
    Scorecard scorecard;
    PackView view;

    Run(Path planFile, Path out) {
      this.planFile = planFile;
      this.out = out;
    }

    /** A generated plan has no error; one that has is a defect of the generator. */
    void read(PlanReading reading) {
      if (reading.hasErrors()) {
        throw new IllegalStateException(
            planFile + " has errors, first: " + reading.errors().getFirst().message());
      }
      plan = reading.plan().orElseThrow();
      period = ReportingPeriod.choose(plan, Optional.empty()).orElseThrow();
      readerWarnings = reading.warnings();
    }
  }
}

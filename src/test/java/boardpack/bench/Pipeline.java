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
import boardpack.write.StagedOutput;
import boardpack.write.csv.ScorecardCsv;
import boardpack.write.pdf.BoardPackPdf;
import boardpack.write.pdf.Template;
import boardpack.write.xlsx.InputFiles;
import boardpack.write.xlsx.ScorecardWorkbook;
import java.io.IOException;
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
          new Stage("template", run -> run.template = Template.builtIn()),
          new Stage("read", run -> run.read(PlanReader.read(run.planFile, ReadOptions.NONE))),
          new Stage(
              "compute", run -> run.scorecard = ScorecardEngine.compute(run.plan, run.period)),
          new Stage("view", run -> run.view = PackView.of(run.scorecard, run.readerProblems)),
          new Stage("csv", run -> ScorecardCsv.stage(run.view, run.output())),
          new Stage("xlsx", run -> ScorecardWorkbook.stage(run.view, run.inputs(), run.output())),
          new Stage("pdf", run -> BoardPackPdf.stage(run.view, run.template, run.output())),
          new Stage("commit", Run::commit));

  private Pipeline() {}

  /** What one run of the pipeline carries from stage to stage. */
  static final class Run {
    final Path planFile;
    final Path out;
    Template template;
    Plan plan;
    YearMonth period;
    List<Problem> readerProblems;
    Scorecard scorecard;
    PackView view;
    private StagedOutput output;

    Run(Path planFile, Path out) {
      this.planFile = planFile;
      this.out = out;
    }

    /** A generated plan has no error; one that has is a defect of the generator. */
    void read(PlanReading reading) {
      if (reading.hasErrors()) {
        throw new IllegalStateException(
            planFile + " has errors, first: " + reading.errors().getFirst());
      }
      plan = reading.plan().orElseThrow();
      period = ReportingPeriod.choose(plan, Optional.empty()).orElseThrow();
      readerProblems = reading.problems(); // warnings and notes, as the cli gives the view
    }

    /**
     * The plan, so the scorecard can link each figure to its cell, as {@code boardpack run} does.
     */
    InputFiles inputs() {
      return InputFiles.of(out, List.of(planFile));
    }

    /** The outputs are staged and moved into place together, as {@code boardpack run} does. */
    StagedOutput output() throws IOException {
      if (output == null) {
        output = StagedOutput.in(out);
      }
      return output;
    }

    void commit() throws IOException {
      try (StagedOutput staged = output()) {
        staged.commit();
      }
    }
  }
}

package boardpack.model;

/** Classes that break the model rules, for ArchitectureRulesCatchViolationsTest; never run. */
public final class ModelViolations {

  private ModelViolations() {}

  public static final class UsesCompute {
    Scorecard compute(Plan plan) {
      return boardpack.compute.ScorecardEngine.compute(plan, java.time.YearMonth.of(2026, 10));
    }
  }

  /** With ReaderViolations.PointsAtTheModel, a cycle between model and read. */
  public static final class PointsAtTheReader {
    boardpack.read.ReaderViolations.PointsAtTheModel reader;
  }
}

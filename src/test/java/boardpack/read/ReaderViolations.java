package boardpack.read;

import java.io.IOException;
import java.nio.file.Path;

/** Classes that break the reader rules, for ArchitectureRulesCatchViolationsTest; never run. */
public final class ReaderViolations {

  private ReaderViolations() {}

  public static final class CallsAWriter {
    Object write() throws IOException {
      return boardpack.write.csv.ScorecardCsv.write(null, Path.of("out"));
    }
  }

  /** With ModelViolations.PointsAtTheReader, a cycle between model and read. */
  public static final class PointsAtTheModel {
    boardpack.model.ModelViolations.PointsAtTheReader model;
  }
}

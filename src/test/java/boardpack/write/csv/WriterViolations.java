package boardpack.write.csv;

import boardpack.read.PlanReader;
import boardpack.read.ReadOptions;
import boardpack.read.UnreadableFileException;
import java.nio.file.Path;

/** Classes that break the writer rules, for ArchitectureRulesCatchViolationsTest; never run. */
public final class WriterViolations {

  private WriterViolations() {}

  public static final class CallsAReader {
    Object read() throws UnreadableFileException {
      return PlanReader.read(Path.of("plan.xlsx"), ReadOptions.NONE);
    }
  }
}

package boardpack.cli;

import boardpack.model.Problem;
import boardpack.model.Scorecard;
import boardpack.read.PackRecordReader;
import boardpack.write.OutputName;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The latest earlier pack's record in the output folder, found by the file names this run's own
 * outputs will have, for the view to compare with. A record that cannot be read back is printed as
 * a warning and left out of the comparison.
 */
final class EarlierPack {

  private EarlierPack() {}

  static PackRecordReader.Reading read(Path out, Scorecard scorecard, PrintStream stdout) {
    String organisation = OutputName.organisation(scorecard.plan().settings().organisation());
    PackRecordReader.Reading reading =
        PackRecordReader.latestBefore(out, organisation, scorecard.period());
    if (!reading.warnings().isEmpty()) {
      stdout.println();
      PlanReport.problems("Warnings from the earlier pack's record", reading.warnings(), stdout);
    }
    return reading;
  }

  /** The reader's notes and warnings with the record's, for the pack's notes section. */
  static List<Problem> withWarnings(List<Problem> problems, PackRecordReader.Reading reading) {
    List<Problem> all = new ArrayList<>(problems);
    all.addAll(reading.warnings());
    return all;
  }
}

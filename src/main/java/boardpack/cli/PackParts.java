package boardpack.cli;

import java.nio.file.Path;
import java.util.List;

/** The files each scope's pack has, for one run: wired here as the writers arrive. */
@FunctionalInterface
interface PackParts {

  /**
   * The parts of a run writing into {@code out} from {@code inputs} (the plan, then its ledgers),
   * which a writer may need (the scorecard links its figures to the files they came from).
   */
  List<PackPart> forRun(Path out, List<Path> inputs);

  /**
   * The board pack PDF (write.pdf) and the scorecard workbook (write.xlsx) for each scope. Until
   * they are on main, a pack has no files and the messages carry the headline figures only.
   */
  static PackParts standard() {
    return (out, inputs) -> List.of();
  }
}

package boardpack.cli;

import java.util.List;

/** The files each scope's pack has: wired here as the writers arrive. */
final class PackParts {

  private PackParts() {}

  /**
   * The board pack PDF (write.pdf) and the scorecard workbook (write.xlsx) for each scope. Until
   * they are on main, a pack has no files and the messages carry the headline figures only.
   */
  static List<PackPart> standard() {
    return List.of();
  }
}

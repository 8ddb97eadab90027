package boardpack.read;

import java.nio.file.Path;

/** Reads a plan workbook and any CSV ledgers into a checked {@link boardpack.model.Plan}. */
public final class PlanReader {

  private PlanReader() {}

  /**
   * Reads and checks the plan; every problem is collected and returned, never thrown.
   *
   * @throws UnreadableFileException when the workbook or a CSV cannot be opened at all
   */
  public static PlanReading read(Path plan, ReadOptions options) throws UnreadableFileException {
    throw new UnsupportedOperationException("not yet written");
  }
}

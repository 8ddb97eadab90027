package boardpack.read;

import java.nio.file.Path;
import java.util.List;

/**
 * What to read besides the plan workbook.
 *
 * @param actualsCsvs CSV ledgers of actuals in long form, merged into the Actuals sheet
 * @param csvWins a CSV value replaces a different value in the workbook instead of being an error
 */
public record ReadOptions(List<Path> actualsCsvs, boolean csvWins) {

  public static final ReadOptions NONE = new ReadOptions(List.of(), false);

  public ReadOptions {
    actualsCsvs = List.copyOf(actualsCsvs);
  }
}

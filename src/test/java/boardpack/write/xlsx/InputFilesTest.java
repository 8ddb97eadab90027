package boardpack.write.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputFilesTest {

  @Test
  void link_isRelativeToTheOutputFolder() {
    InputFiles files =
        InputFiles.of(Path.of("/work/out"), List.of(Path.of("/work/plans/plan.xlsx")));

    assertEquals(Optional.of("../plans/plan.xlsx"), files.link("plan.xlsx"));
  }

  @Test
  void link_encodesSpacesAndAccents_asAUriMust() {
    InputFiles files =
        InputFiles.of(Path.of("/work/out"), List.of(Path.of("/work/Plan 2026/Café plan.xlsx")));

    assertEquals(Optional.of("../Plan%202026/Caf%C3%A9%20plan.xlsx"), files.link("Café plan.xlsx"));
  }

  @Test
  void link_inTheOutputFolderItself_isTheFileName() {
    InputFiles files = InputFiles.of(Path.of("/work"), List.of(Path.of("/work/ledger.csv")));

    assertEquals(Optional.of("ledger.csv"), files.link("ledger.csv"));
  }

  @Test
  void unknownFile_hasNoLink() {
    assertEquals(Optional.empty(), InputFiles.none().link("plan.xlsx"));
  }
}

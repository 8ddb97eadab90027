package boardpack.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample-data/ is exactly what the generator writes, so it is never edited by hand.
 */
class SampleDataTest {

  private static final Path COMMITTED = Path.of("sample-data");
  private static final String REGENERATE = "mvn -B -q test-compile exec:exec@sample-data";

  @TempDir Path regenerated;

  @Test
  void regenerating_givesTheCommittedFiles_byteForByte() throws IOException {
    SamplePlan.write(regenerated);

    for (String file : new String[] {SamplePlan.PLAN_FILE, SamplePlan.LEDGER_FILE}) {
      long mismatch = Files.mismatch(COMMITTED.resolve(file), regenerated.resolve(file));
      assertEquals(
          -1L,
          mismatch,
          () -> COMMITTED.resolve(file) + " differs at byte " + mismatch + "; run " + REGENERATE);
    }
  }
}

package boardpack.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** style.md: compute sees model and java.* only (no POI, no files, no clock). */
class ComputeImportsTest {

  private static final Path COMPUTE = Path.of("src/main/java/boardpack/compute");

  private static List<String> importsOf(List<Path> files) throws IOException {
    return files.stream()
        .flatMap(
            file -> {
              try {
                return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith("import "))
                    .map(line -> file.getFileName() + ": " + line);
              } catch (IOException e) {
                throw new IllegalStateException(file + ": cannot be read", e);
              }
            })
        .toList();
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.list(COMPUTE)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  @Test
  void computeImportsOnlyJavaAndModel() throws IOException {
    List<Path> files = sources();
    assertFalse(files.isEmpty(), COMPUTE + ": no source files found");
    List<String> outside =
        importsOf(files).stream()
            .filter(line -> !line.matches(".*: import (static )?(java\\.|boardpack\\.model\\.).*"))
            .toList();
    assertEquals(List.of(), outside);
  }

  @Test
  void computeReadsNoFilesAndNoClock() throws IOException {
    List<String> io =
        importsOf(sources()).stream()
            .filter(
                line ->
                    line.matches(
                        ".*: import (static )?(java\\.io\\.|java\\.nio\\.|java\\.net\\."
                            + "|java\\.time\\.Clock|java\\.time\\.Instant|java\\.time\\.LocalDate).*"))
            .toList();
    assertEquals(List.of(), io);
  }
}

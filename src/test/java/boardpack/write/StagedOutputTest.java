package boardpack.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {

  @TempDir Path out;

  @Test
  void commit_movesEveryFileIntoPlace() throws IOException {
    try (StagedOutput output = StagedOutput.in(out)) {
      output.write("a.csv", stream -> stream.write("new a".getBytes(StandardCharsets.UTF_8)));
      output.write("b.csv", stream -> stream.write("new b".getBytes(StandardCharsets.UTF_8)));

      assertEquals(List.of(out.resolve("a.csv"), out.resolve("b.csv")), output.commit());
    }
    assertEquals(List.of("a.csv", "b.csv"), names());
    assertEquals("new b", Files.readString(out.resolve("b.csv")));
  }

  @Test
  void failedRun_leavesEarlierFilesIntactAndNoPartFile() throws IOException {
    Files.writeString(out.resolve("a.csv"), "earlier a");
    Files.writeString(out.resolve("b.csv"), "earlier b");

    assertThrows(
        IOException.class,
        () -> {
          try (StagedOutput output = StagedOutput.in(out)) {
            output.write("a.csv", stream -> stream.write("new a".getBytes(StandardCharsets.UTF_8)));
            output.write(
                "b.csv",
                stream -> {
                  stream.write("half".getBytes(StandardCharsets.UTF_8));
                  throw new IOException("disk full");
                });
            output.commit();
          }
        });

    assertEquals(List.of("a.csv", "b.csv"), names());
    assertEquals("earlier a", Files.readString(out.resolve("a.csv")));
    assertEquals("earlier b", Files.readString(out.resolve("b.csv")));
  }

  @Test
  void in_createsAMissingFolder() throws IOException {
    Path folder = out.resolve("reports/2026");

    try (StagedOutput output = StagedOutput.in(folder)) {
      output.write("a.csv", stream -> stream.write('x'));
      output.commit();
    }

    assertEquals("x", Files.readString(folder.resolve("a.csv")));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}

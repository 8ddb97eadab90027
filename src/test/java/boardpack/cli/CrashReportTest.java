package boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashReportTest {

  @TempDir Path temp;

  @Test
  void write_givesOneLineAndPutsTheStackTraceInAFile() throws IOException {
    String line =
        CrashReport.write(
            new IllegalStateException("boom\nsecond line"), new String[] {"run", "p.xlsx"}, temp);

    Path file = onlyFileIn(temp);
    assertEquals(
        "boardpack: internal error (IllegalStateException: boom second line); details written to "
            + file,
        line);
    String details = Files.readString(file);
    assertTrue(details.contains("arguments: [run, p.xlsx]"), details);
    assertTrue(
        details.contains(
            "java.lang.IllegalStateException: boom" + System.lineSeparator() + "second line"),
        details);
    assertTrue(details.contains("\tat boardpack.cli.CrashReportTest."), details);
  }

  @Test
  void write_folderMissing_stillGivesOneLine() {
    Path missing = temp.resolve("gone");

    String line = CrashReport.write(new NullPointerException(), new String[0], missing);

    assertTrue(
        line.startsWith(
            "boardpack: internal error (NullPointerException); details could not be written"
                + " (NoSuchFileException: "
                + missing),
        line);
    assertEquals(-1, line.indexOf('\n'));
  }

  @Test
  void write_outOfMemory_saysHowToGiveJavaMore_andWritesNoReport() throws IOException {
    String line =
        CrashReport.write(
            new OutOfMemoryError("Java heap space"), new String[] {"run", "p.xlsx"}, temp);

    assertTrue(line.startsWith("boardpack: out of memory (Java may use at most "), line);
    assertTrue(
        line.contains("give it more and run again, for example JAVA_TOOL_OPTIONS=-Xmx"), line);
    try (Stream<Path> files = Files.list(temp)) {
      assertEquals(0, files.count());
    }
  }

  private static Path onlyFileIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> all = files.toList();
      assertEquals(1, all.size(), all.toString());
      return all.get(0);
    }
  }
}

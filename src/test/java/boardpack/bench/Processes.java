package boardpack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs whole processes and times them from start to exit, JVM start included. */
final class Processes {

  private Processes() {}

  /** How one process ended: its wall time, exit code and the first line it wrote to stderr. */
  record Ended(long wallNanos, int exitCode, String firstErrorLine) {

    /** boardpack's 0 (done) and 1 (done, with warnings) both mean the outputs were written. */
    boolean done() {
      return exitCode == 0 || exitCode == 1;
    }
  }

  static Ended run(List<String> command, String javaToolOptions) throws IOException {
    Path errors = Files.createTempFile("boardpack-bench", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(errors.toFile());
      builder.environment().remove("JAVA_TOOL_OPTIONS");
      if (javaToolOptions != null) {
        builder.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
      }
      long start = System.nanoTime();
      Process process = builder.start();
      int exit = waitFor(process);
      long wall = System.nanoTime() - start;
      return new Ended(wall, exit, firstErrorLine(errors));
    } finally {
      Files.deleteIfExists(errors);
    }
  }

  /** The median wall time of {@code runs} runs of each command, run in turn so noise is shared. */
  static long[] medians(List<List<String>> commands, int runs) throws IOException {
    List<long[]> times = new ArrayList<>();
    commands.forEach(command -> times.add(new long[runs]));
    for (int r = 0; r < runs; r++) {
      for (int c = 0; c < commands.size(); c++) {
        Ended ended = run(commands.get(c), null);
        if (ended.exitCode() > 1) {
          throw new IllegalStateException(
              String.join(" ", commands.get(c)) + " exited " + ended.exitCode() + ": "
                  + ended.firstErrorLine());
        }
        times.get(c)[r] = ended.wallNanos();
      }
    }
    return times.stream().mapToLong(Processes::median).toArray();
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static int waitFor(Process process) throws IOException {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + process.info().command(), e);
    }
  }

  // "Picked up JAVA_TOOL_OPTIONS" is the JVM's own notice, not the process's first word.
  private static String firstErrorLine(Path errors) throws IOException {
    return Files.readAllLines(errors).stream()
        .filter(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS"))
        .findFirst()
        .orElse("");
  }
}

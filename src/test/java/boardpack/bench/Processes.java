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

  /**
   * How one process ended: its wall time, its CPU time (-1 where unknown), exit code and the first
   * line it wrote to stderr.
   */
  record Ended(long wallNanos, long cpuNanos, int exitCode, String firstErrorLine) {

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
      long cpu = ChildCpu.nanos();
      long start = System.nanoTime();
      Process process = builder.start();
      int exit = waitFor(process);
      long wall = System.nanoTime() - start;
      long cpuAfter = ChildCpu.nanos();
      return new Ended(wall, cpu < 0 ? -1 : cpuAfter - cpu, exit, firstErrorLine(errors));
    } finally {
      Files.deleteIfExists(errors);
    }
  }

  /** The medians of {@code runs} runs of each command, run in turn so noise is shared. */
  static List<Ended> medians(List<List<String>> commands, int runs) throws IOException {
    List<long[]> walls = new ArrayList<>();
    List<long[]> cpus = new ArrayList<>();
    commands.forEach(command -> walls.add(new long[runs]));
    commands.forEach(command -> cpus.add(new long[runs]));
    for (int r = 0; r < runs; r++) {
      for (int c = 0; c < commands.size(); c++) {
        Ended ended = run(commands.get(c), null);
        if (!ended.done()) {
          throw new IllegalStateException(
              String.join(" ", commands.get(c))
                  + " exited "
                  + ended.exitCode()
                  + ": "
                  + ended.firstErrorLine());
        }
        walls.get(c)[r] = ended.wallNanos();
        cpus.get(c)[r] = ended.cpuNanos();
      }
    }
    List<Ended> medians = new ArrayList<>();
    for (int c = 0; c < commands.size(); c++) {
      medians.add(new Ended(median(walls.get(c)), median(cpus.get(c)), 0, ""));
    }
    return medians;
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

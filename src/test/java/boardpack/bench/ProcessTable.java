package boardpack.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Times whole processes, JVM start included, the median of several runs each: {@code ./boardpack
 * run} (the launcher, as a user runs it), {@code java -jar target/boardpack.jar run} (the same
 * without the launcher's Java search), and the bare streaming parse in its own JVM. The ratio is the
 * launcher's time over the bare parse's: what issue 12's targets are judged by.
 */
final class ProcessTable {

  private static final Map<Size, String> TARGETS = Map.of(Size.S, "", Size.M, "<= 2", Size.L, "<= 3");
  private static final String ROW = "%-4s %16s %16s %16s %7s %7s%n";
  private static final String SMALL_HEAP = "-Xmx256m";

  private ProcessTable() {}

  static void print(PrintStream out, Map<Size, Path> plans, Path folder, int runs) throws IOException {
    Path project = Path.of("").toAbsolutePath();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String jar = project.resolve("target/boardpack.jar").toString();
    String bareClasspath = jar + File.pathSeparator + project.resolve("target/test-classes");
    out.printf("Whole processes, JVM start included, median of %d, ms (%s):%n", runs, java);
    out.printf(ROW, "size", "./boardpack run", "java -jar run", "bare SAX parse", "ratio", "target");
    for (Map.Entry<Size, Path> plan : plans.entrySet()) {
      String file = plan.getValue().toString();
      String outFolder = folder.resolve("process-out-" + plan.getKey()).toString();
      long[] medians =
          Processes.medians(
              List.of(
                  List.of(project.resolve("boardpack").toString(), "run", file, "--out", outFolder),
                  List.of(java, "-jar", jar, "run", file, "--out", outFolder),
                  List.of(java, "-cp", bareClasspath, SaxParse.class.getName(), file)),
              runs);
      out.printf(
          ROW,
          plan.getKey(),
          String.format("%,d", medians[0] / 1_000_000),
          String.format("%,d", medians[1] / 1_000_000),
          String.format("%,d", medians[2] / 1_000_000),
          String.format("%.2f", (double) medians[0] / medians[2]),
          TARGETS.get(plan.getKey()));
    }
    if (plans.containsKey(Size.L)) {
      smallHeap(out, project, plans.get(Size.L), folder);
    }
  }

  /** Issue 12: L must succeed in a 256 MB heap. */
  private static void smallHeap(PrintStream out, Path project, Path plan, Path folder)
      throws IOException {
    Processes.Ended ended =
        Processes.run(
            List.of(project.resolve("boardpack").toString(), "run", plan.toString(), "--out",
                folder.resolve("process-out-L-small").toString()),
            SMALL_HEAP);
    out.printf(
        "L with %s (JAVA_TOOL_OPTIONS): ./boardpack run %s in %,d ms, exit %d%s%n",
        SMALL_HEAP,
        ended.done() ? "succeeded" : "FAILED",
        ended.wallNanos() / 1_000_000,
        ended.exitCode(),
        ended.done() ? "" : ": " + ended.firstErrorLine());
  }
}

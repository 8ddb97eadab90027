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
 * without the launcher's Java search), and the bare streaming parse in its own JVM. The ratio is
 * the launcher's time over the bare parse's: what issue 12's targets are judged by.
 */
final class ProcessTable {

  private static final Map<Size, String> TARGETS =
      Map.of(Size.S, "", Size.M, "<= 2", Size.L, "<= 3");
  private static final String ROW = "%-10s %8s %7s  %8s %7s  %8s %7s  %6s %6s  %s%n";
  private static final String SMALL_HEAP = "-Xmx256m";

  private ProcessTable() {}

  /**
   * Two rows per size: the plan as generated, whose Distribution sheet asks for a pack per team and
   * per owner besides the whole plan's, and the same plan without it (one pack).
   */
  static void print(
      PrintStream out, Map<Size, Path> plans, Map<Size, Path> onePackPlans, Path folder, int runs)
      throws IOException {
    Path project = Path.of("").toAbsolutePath();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // The launcher's first run after a build prepares its start-up cache; that is not timed.
    Processes.run(List.of(project.resolve("boardpack").toString(), "--version"), null);
    out.printf("Whole processes, JVM start included, median of %d, ms (%s):%n", runs, java);
    out.printf(
        ROW, "", "./boardpack run", "", "java -jar run", "", "bare SAX parse", "", "ratio", "", "");
    out.printf(ROW, "size", "wall", "cpu", "wall", "cpu", "wall", "cpu", "wall", "cpu", "target");
    for (Size size : plans.keySet()) {
      row(out, project, java, size + " scoped", plans.get(size), size, folder, runs);
      row(out, project, java, size + " 1 pack", onePackPlans.get(size), size, folder, runs);
    }
    if (plans.containsKey(Size.L)) {
      smallHeap(out, project, plans.get(Size.L), folder);
    }
  }

  private static void row(
      PrintStream out,
      Path project,
      String java,
      String label,
      Path plan,
      Size size,
      Path folder,
      int runs)
      throws IOException {
    String jar = project.resolve("target/boardpack.jar").toString();
    String bareClasspath = jar + File.pathSeparator + project.resolve("target/test-classes");
    String file = plan.toString();
    String outFolder = folder.resolve("process-out-" + plan.getFileName()).toString();
    List<Processes.Ended> medians =
        Processes.medians(
            List.of(
                List.of(project.resolve("boardpack").toString(), "run", file, "--out", outFolder),
                List.of(java, "-jar", jar, "run", file, "--out", outFolder),
                List.of(java, "-cp", bareClasspath, SaxParse.class.getName(), file)),
            runs);
    Processes.Ended launcher = medians.get(0);
    Processes.Ended bare = medians.get(2);
    out.printf(
        ROW,
        label,
        ms(launcher.wallNanos()),
        ms(launcher.cpuNanos()),
        ms(medians.get(1).wallNanos()),
        ms(medians.get(1).cpuNanos()),
        ms(bare.wallNanos()),
        ms(bare.cpuNanos()),
        ratio(launcher.wallNanos(), bare.wallNanos()),
        ratio(launcher.cpuNanos(), bare.cpuNanos()),
        TARGETS.get(size));
  }

  private static String ms(long nanos) {
    return nanos < 0 ? "n/a" : String.format("%,d", nanos / 1_000_000);
  }

  private static String ratio(long nanos, long reference) {
    return nanos < 0 || reference <= 0 ? "n/a" : String.format("%.2f", (double) nanos / reference);
  }

  /** Issue 12: L must succeed in a 256 MB heap. */
  private static void smallHeap(PrintStream out, Path project, Path plan, Path folder)
      throws IOException {
    Processes.Ended ended =
        Processes.run(
            List.of(
                project.resolve("boardpack").toString(),
                "run",
                plan.toString(),
                "--out",
                folder.resolve("process-out-L-small").toString()),
            SMALL_HEAP);
    out.printf(
        "L with %s (JAVA_TOOL_OPTIONS): ./boardpack run %s in %s ms (cpu %s ms), exit %d%s%n",
        SMALL_HEAP,
        ended.done() ? "succeeded" : "FAILED",
        ms(ended.wallNanos()),
        ms(ended.cpuNanos()),
        ended.exitCode(),
        ended.done() ? "" : ": " + ended.firstErrorLine());
  }
}

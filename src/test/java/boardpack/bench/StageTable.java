package boardpack.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;

/** Prints the in-process table: per size, the reference parse, each stage and the total. */
final class StageTable {

  private static final String ROW = "%-4s %6s %7s  %-13s %9s %9s %9s %9s%n";

  private StageTable() {}

  static void printHeading(PrintStream out, String javaVersion, Runtime runtime) {
    out.printf(
        "In one JVM (Java %s, %d CPUs, max heap %,d MB, load average %.1f), after a warm-up run"
            + " on the first size; ms and MB:%n",
        javaVersion,
        runtime.availableProcessors(),
        runtime.maxMemory() >> 20,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.printf(ROW, "size", "KPIs", "file MB", "stage", "wall", "cpu", "thread", "peak heap");
  }

  static void print(
      PrintStream out,
      Size size,
      long fileBytes,
      long cells,
      Meter.Reading reference,
      List<Meter.Reading> stages) {
    row(
        out,
        size.name(),
        String.format("%,d", size.kpis),
        String.format("%.2f", fileBytes / 1e6),
        "SAX parse",
        reference);
    Meter.Reading total = stages.getFirst();
    for (int i = 0; i < stages.size(); i++) {
      row(out, "", "", "", Pipeline.STAGES.get(i).name(), stages.get(i));
      total = i == 0 ? total : total.plus(stages.get(i));
    }
    row(out, "", "", "", "pipeline", total);
    out.printf(
        ROW,
        "",
        "",
        "",
        "ratio to SAX",
        String.format("%.1f", (double) total.wallNanos() / reference.wallNanos()),
        String.format("%.1f", (double) total.processCpuNanos() / reference.processCpuNanos()),
        "",
        "");
    out.printf("%-4s %,d cells parsed%n%n", "", cells);
  }

  private static void row(
      PrintStream out, String size, String kpis, String file, String stage, Meter.Reading r) {
    out.printf(
        ROW,
        size,
        kpis,
        file,
        stage,
        String.format("%,d", r.wallNanos() / 1_000_000),
        String.format("%,d", r.processCpuNanos() / 1_000_000),
        String.format("%,d", r.threadCpuNanos() / 1_000_000),
        String.format("%,d", r.peakHeapBytes() >> 20));
  }
}

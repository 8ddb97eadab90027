package boardpack.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark (README.md, Benchmark): generates the S, M and L plans, times each stage of the
 * pipeline in this JVM beside a bare streaming parse of the same file, then times whole processes,
 * {@code ./boardpack run} against a bare streaming-parse process. Run from the project folder after
 * {@code mvn package}: {@code mvn -B -q -DskipTests package exec:exec@bench}.
 *
 * <p>Arguments, all optional: {@code sizes=S,M,L runs=3 folder=target/bench}.
 */
public final class Benchmark {

  private static final PrintStream OUT = System.out;

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    List<Size> sizes =
        Arrays.stream(options.get("sizes").split(",")).map(s -> Size.valueOf(s.trim())).toList();
    int runs = Integer.parseInt(options.get("runs"));
    Path folder = Path.of(options.get("folder")).toAbsolutePath();
    Files.createDirectories(folder);

    Map<Size, Path> plans = generate(sizes, folder);
    Map<Size, Path> onePackPlans = onePack(sizes, folder);
    StageTable.printHeading(OUT, System.getProperty("java.version"), Runtime.getRuntime());
    inProcess(plans.get(sizes.getFirst()), folder.resolve("warm-up"), null);
    for (Size size : sizes) {
      inProcess(plans.get(size), folder.resolve("out-" + size), size);
    }
    ProcessTable.print(OUT, plans, onePackPlans, folder, runs);
  }

  private static Map<Size, Path> generate(List<Size> sizes, Path folder) throws IOException {
    Map<Size, Path> plans = new LinkedHashMap<>();
    OUT.println("Generated plans (POI SXSSF, fixed seeds):");
    for (Size size : sizes) {
      Path file = folder.resolve("plan-" + size + ".xlsx");
      long start = System.nanoTime();
      PlanWorkbook.write(BenchPlan.generate(size), file);
      OUT.printf(
          "  %s  %,6d KPIs  %8.2f MB  %,7d ms  %s%n",
          size, size.kpis, Files.size(file) / 1e6, (System.nanoTime() - start) / 1_000_000, file);
      plans.put(size, file);
    }
    OUT.println();
    return plans;
  }

  /** The same plans without their Distribution sheet: one pack, as the plans have. */
  private static Map<Size, Path> onePack(List<Size> sizes, Path folder) throws IOException {
    Map<Size, Path> plans = new LinkedHashMap<>();
    for (Size size : sizes) {
      Path file = folder.resolve("plan-" + size + "-one-pack.xlsx");
      PlanWorkbook.write(BenchPlan.generate(size), file, false);
      plans.put(size, file);
    }
    return plans;
  }

  /** The reference parse, then each stage; a null size is the unprinted warm-up. */
  private static void inProcess(Path plan, Path out, Size size) throws Exception {
    long[] cells = new long[1];
    Meter.Reading reference = Meter.measure(() -> cells[0] = SaxParse.cells(plan));
    Pipeline.Run run = new Pipeline.Run(plan, out);
    List<Meter.Reading> stages = new ArrayList<>();
    for (Pipeline.Stage stage : Pipeline.STAGES) {
      stages.add(Meter.measure(() -> stage.step().run(run)));
    }
    if (size != null) {
      StageTable.print(OUT, size, Files.size(plan), cells[0], reference, stages);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("sizes", "S,M,L");
    options.put("runs", "3");
    options.put("folder", "target/bench");
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (equals < 0 || !options.containsKey(arg.substring(0, equals))) {
        throw new IllegalArgumentException(
            "unknown argument " + arg + "; expected sizes=S,M,L runs=3 folder=target/bench");
      }
      options.put(arg.substring(0, equals), arg.substring(equals + 1));
    }
    return options;
  }
}

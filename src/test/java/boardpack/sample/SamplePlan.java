package boardpack.sample;

import boardpack.write.plan.PlanWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes sample-data/: the example plan {@code northwind-plan.xlsx} and its ledger export {@code
 * northwind-ledger.csv}, with the generator {@code boardpack init --example} uses ({@link
 * PlanWorkbook}). Regenerate with {@code mvn -B -q test-compile exec:exec@sample-data}, or run this
 * class with a folder argument.
 */
public final class SamplePlan {

  public static final String PLAN_FILE = PlanWorkbook.EXAMPLE_PLAN;
  public static final String LEDGER_FILE = PlanWorkbook.EXAMPLE_LEDGER;
  private static final String DEFAULT_FOLDER = "sample-data";

  private SamplePlan() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : DEFAULT_FOLDER);
    write(folder);
    System.out.println(
        "Wrote " + folder.resolve(PLAN_FILE) + " and " + folder.resolve(LEDGER_FILE));
  }

  /** Writes both files into {@code folder}, creating it if needed, replacing what is there. */
  public static void write(Path folder) throws IOException {
    Files.createDirectories(folder);
    try (OutputStream out = Files.newOutputStream(folder.resolve(PLAN_FILE))) {
      PlanWorkbook.writeExample(out);
    }
    try (OutputStream out = Files.newOutputStream(folder.resolve(LEDGER_FILE))) {
      PlanWorkbook.writeExampleLedger(out);
    }
  }
}

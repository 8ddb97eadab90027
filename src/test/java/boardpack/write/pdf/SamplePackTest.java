package boardpack.write.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.compute.PackView;
import boardpack.compute.ScorecardEngine;
import boardpack.model.Scorecard;
import boardpack.read.PlanReader;
import boardpack.read.PlanReading;
import boardpack.read.ReadOptions;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Northwind sample's board pack, read back with PDFBox. */
class SamplePackTest {

  private static final Path PLAN = Path.of("sample-data", "northwind-plan.xlsx");
  private static final Path LEDGER = Path.of("sample-data", "northwind-ledger.csv");
  private static final Path PDF = Path.of("target", "sample-board-pack.pdf");

  private static Scorecard scorecard;

  @BeforeAll
  static void writePack() throws Exception {
    PlanReading reading = PlanReader.read(PLAN, new ReadOptions(List.of(LEDGER), false));
    assertFalse(reading.hasErrors(), () -> "sample plan has errors: " + reading.errors());
    scorecard = ScorecardEngine.compute(reading.plan().orElseThrow(), YearMonth.of(2026, 10));
    try (OutputStream out = Files.newOutputStream(PDF)) {
      BoardPackPdf.write(PackView.of(scorecard, reading.warnings()), Template.builtIn(), out);
    }
  }

  @Test
  void samplePack_isWritten() throws Exception {
    assertTrue(Files.size(PDF) > 0);
  }
}

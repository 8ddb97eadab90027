package boardpack.write.xlsx;

import boardpack.compute.PackView;
import boardpack.compute.ScorecardEngine;
import boardpack.model.Scorecard;
import boardpack.read.PlanReader;
import boardpack.read.PlanReading;
import boardpack.read.ReadOptions;
import boardpack.write.StagedOutput;
import boardpack.write.csv.ScorecardCsv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The sample plan's scorecard workbook and CSVs written into a folder, for tests to read back. */
record SampleWorkbook(Scorecard scorecard, Path folder, Path workbook) {

  static final Path PLAN = Path.of("sample-data", "northwind-plan.xlsx");
  static final Path LEDGER = Path.of("sample-data", "northwind-ledger.csv");
  static final String STEM = "northwind-coffee-roasters-2026-10";

  static SampleWorkbook writeInto(Path folder) throws Exception {
    PlanReading reading = PlanReader.read(PLAN, new ReadOptions(List.of(LEDGER), false));
    Scorecard scorecard =
        ScorecardEngine.compute(reading.plan().orElseThrow(), YearMonth.of(2026, 10));
    List<boardpack.model.Problem> warnings =
        reading.problems().stream().filter(p -> !p.isError()).toList();
    PackView view = PackView.of(scorecard, warnings);
    try (StagedOutput output = StagedOutput.in(folder)) {
      ScorecardCsv.stage(view, output);
      ScorecardWorkbook.stage(view, InputFiles.of(folder, List.of(PLAN, LEDGER)), output);
      output.commit();
    }
    return new SampleWorkbook(scorecard, folder, folder.resolve(STEM + "-scorecard.xlsx"));
  }

  Path csv(String kind) {
    return folder.resolve(STEM + "-" + kind + ".csv");
  }

  XSSFWorkbook open() throws IOException {
    try (InputStream in = Files.newInputStream(workbook)) {
      return new XSSFWorkbook(in);
    }
  }
}

package boardpack.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Runs {@link Main#run} with a test's pack parts, environment and clock, output captured, on a copy
 * of the sample plan (sample-data/northwind-plan.xlsx, whose Distribution sheet has four
 * recipients: Hannah Price All/Both, the board All/PDF, Marcus Reed Sales/PDF, Grace Lin Grace
 * Lin/XLSX).
 */
final class MonthEndRun {

  static final Path SAMPLE_PLAN = Path.of("sample-data", "northwind-plan.xlsx");
  static final Path SAMPLE_LEDGER = Path.of("sample-data", "northwind-ledger.csv");
  static final String STEM = "northwind-coffee-roasters-2026-10";
  static final Instant NOW = Instant.parse("2026-11-02T09:30:00Z");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PackParts parts;
  private Map<String, String> environment = Map.of();

  MonthEndRun(List<PackPart> parts) {
    this.parts = (folder, inputs, template) -> parts;
  }

  /** With the real writers: {@link PackParts#standard()}. */
  MonthEndRun(PackParts parts) {
    this.parts = parts;
  }

  MonthEndRun parts(List<PackPart> otherParts) {
    this.parts = (folder, inputs, template) -> otherParts;
    return this;
  }

  MonthEndRun environment(Map<String, String> variables) {
    this.environment = variables;
    return this;
  }

  int run(String... args) {
    out.reset();
    err.reset();
    RunContext context =
        new RunContext(environment, parts, Clock.fixed(NOW, ZoneOffset.UTC), false);
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        context);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** The sample plan and its ledger copied into {@code folder}; the plan's path. */
  static Path copySample(Path folder, String planName) throws IOException {
    Files.createDirectories(folder);
    Files.copy(SAMPLE_LEDGER, folder.resolve("ledger.csv"), StandardCopyOption.REPLACE_EXISTING);
    return Files.copy(SAMPLE_PLAN, folder.resolve(planName), StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Appends a row to {@code sheet} of the plan, each value under the heading named with it ({@code
   * "Email", "x@y.example"}).
   */
  static void addRow(Path plan, String sheetName, String... headingsAndValues) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(plan))) {
      Sheet sheet = workbook.getSheet(sheetName);
      Row header = headerRow(sheet, headingsAndValues[0]);
      Row row = sheet.createRow(sheet.getLastRowNum() + 1);
      for (int i = 0; i < headingsAndValues.length; i += 2) {
        row.createCell(column(header, headingsAndValues[i])).setCellValue(headingsAndValues[i + 1]);
      }
      try (var out = Files.newOutputStream(plan)) {
        workbook.write(out);
      }
    }
  }

  private static Row headerRow(Sheet sheet, String heading) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(heading)) {
          return row;
        }
      }
    }
    throw new IllegalArgumentException(sheet.getSheetName() + " has no heading " + heading);
  }

  private static int column(Row header, String heading) {
    for (Cell cell : header) {
      if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(heading)) {
        return cell.getColumnIndex();
      }
    }
    throw new IllegalArgumentException("no heading " + heading);
  }
}

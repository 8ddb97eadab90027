package boardpack.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sample plan of Northwind Coffee Roasters: {@code northwind-plan.xlsx} and the ledger
 * export {@code northwind-ledger.csv}. The numbers are hand-written and the workbook's dates are
 * fixed, so every run writes the same bytes (SampleDataTest compares them with sample-data/). Test
 * scope, so the shipped jar stays small; regenerate with {@code mvn -B -q test-compile
 * exec:exec@sample-data}, or run this class with a folder argument.
 */
public final class SamplePlan {

  public static final String PLAN_FILE = "northwind-plan.xlsx";
  public static final String LEDGER_FILE = "northwind-ledger.csv";
  private static final String DEFAULT_FOLDER = "sample-data";

  private SamplePlan() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : DEFAULT_FOLDER);
    write(folder);
    System.out.println(
        "Wrote " + folder.resolve(PLAN_FILE) + " and " + folder.resolve(LEDGER_FILE));
  }

  /** Writes both files into {@code folder}, creating it if needed. */
  public static void write(Path folder) throws IOException {
    checkLedgerAgreesWithWorkbook();
    Files.createDirectories(folder);
    writeWorkbook(folder.resolve(PLAN_FILE));
    NorthwindLedger.write(folder.resolve(LEDGER_FILE));
  }

  private static void writeWorkbook(Path file) throws IOException {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      SheetStyles styles = new SheetStyles(workbook);
      TableSheet.write(workbook, styles, "Settings", NorthwindSheets.settings());
      TableSheet.write(workbook, styles, "KPIs", NorthwindSheets.kpis());
      TableSheet.write(workbook, styles, "Targets", NorthwindSheets.targets());
      TableSheet.write(workbook, styles, "Actuals", NorthwindSheets.actuals());
      TableSheet.write(workbook, styles, "Objectives", NorthwindSheets.objectives());
      // Spelled with a space on purpose: sheet names match ignoring spaces (workbook.md).
      TableSheet.write(workbook, styles, "Key Results", NorthwindSheets.keyResults());
      TableSheet.write(workbook, styles, "Commentary", NorthwindSheets.commentary());
      TableSheet.write(workbook, styles, "Distribution", NorthwindSheets.distribution());
      TableSheet.write(workbook, styles, "Notes", NorthwindSheets.notes());
      describe(workbook.getProperties());
      workbook.write(written);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      ReproducibleZip.rewrite(written.toByteArray(), out);
    }
  }

  // A fixed creation date keeps the document properties the same on every run.
  private static void describe(POIXMLProperties properties) {
    Date created = Date.from(LocalDate.of(2026, 11, 4).atStartOfDay().toInstant(ZoneOffset.UTC));
    properties.getCoreProperties().setCreated(Optional.of(created));
    properties.getCoreProperties().setCreator("boardpack sample");
    properties.getCoreProperties().setTitle(NorthwindSheets.ORGANISATION + " plan FY2026/27");
  }

  // workbook.md, CSV actuals: a ledger value for a cell the workbook fills differently is a
  // conflict. The sample must never have one.
  private static void checkLedgerAgreesWithWorkbook() {
    for (NorthwindLedger.Entry e : NorthwindLedger.entries()) {
      double workbook = NorthwindKpis.byId(e.id()).actual(NorthwindKpis.indexOf(e.period()));
      if (!Double.isNaN(workbook) && workbook != e.value()) {
        throw new IllegalStateException(
            e.id()
                + " "
                + e.period()
                + ": ledger "
                + e.value()
                + " conflicts with workbook "
                + workbook);
      }
    }
  }
}

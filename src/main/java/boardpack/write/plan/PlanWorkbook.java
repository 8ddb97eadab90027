package boardpack.write.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes plan workbooks ({@code boardpack init}): a new plan with a few example rows to overwrite,
 * or the complete example plan of Northwind Coffee Roasters that sample-data/ holds. Both come from
 * one generator, so both have notes on their headers and drop-downs on their enumerated and ID
 * columns. The bytes depend only on the content (fixed dates, {@link ReproducibleZip}).
 */
public final class PlanWorkbook {

  /** The example ledger's file name in sample-data/. */
  public static final String EXAMPLE_LEDGER = "northwind-ledger.csv";

  /** The example plan's file name in sample-data/. */
  public static final String EXAMPLE_PLAN = "northwind-plan.xlsx";

  private PlanWorkbook() {}

  /** A new plan for {@code plan}'s organisation and fiscal year, with example rows. */
  public static void writeNew(NewPlan plan, OutputStream out) throws IOException {
    List<Table> tables = StarterSheets.tables(plan);
    write(tables, plan.organisation() + " plan FY" + plan.year(), out);
  }

  /** The complete example plan (sample-data/northwind-plan.xlsx). */
  public static void writeExample(OutputStream out) throws IOException {
    checkLedgerAgreesWithWorkbook();
    write(NorthwindSheets.all(), NorthwindSheets.ORGANISATION + " plan FY2026/27", out);
  }

  /** The example plan's ledger export (sample-data/northwind-ledger.csv). */
  public static void writeExampleLedger(OutputStream out) throws IOException {
    NorthwindLedger.write(out);
  }

  private static void write(List<Table> tables, String title, OutputStream out) throws IOException {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      SheetStyles styles = new SheetStyles(workbook);
      for (Table table : tables) {
        TableSheet.write(workbook, styles, table.sheet(), table);
      }
      describe(workbook.getProperties(), title);
      workbook.write(written);
    }
    ReproducibleZip.rewrite(written.toByteArray(), out);
  }

  // A fixed creation date keeps the document properties the same on every run.
  private static void describe(POIXMLProperties properties, String title) {
    Date created = Date.from(LocalDate.of(2026, 11, 4).atStartOfDay().toInstant(ZoneOffset.UTC));
    properties.getCoreProperties().setCreated(Optional.of(created));
    properties.getCoreProperties().setCreator("boardpack");
    properties.getCoreProperties().setTitle(title);
  }

  // workbook.md, CSV actuals: a ledger value for a cell the workbook fills differently is a
  // conflict. The example must never have one.
  private static void checkLedgerAgreesWithWorkbook() {
    for (NorthwindLedger.Entry e : NorthwindLedger.entries()) {
      double workbook = NorthwindKpis.byId(e.id()).actual(NorthwindKpis.indexOf(e.period()));
      if (!Double.isNaN(workbook) && workbook != e.value()) {
        throw new IllegalStateException(
            e.id() + " " + e.period() + ": ledger " + e.value() + " conflicts with " + workbook);
      }
    }
  }
}

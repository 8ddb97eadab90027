package boardpack.write.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger export (workbook.md, CSV actuals): October 2026 for the finance KPIs, which the
 * workbook's Actuals sheet leaves blank, plus a few September values repeated exactly as the
 * workbook has them (a repeat that agrees is no conflict).
 */
final class NorthwindLedger {

  static final YearMonth LATEST = YearMonth.of(2026, 10);

  /** Actuals only the ledger holds. */
  static final List<Entry> LATEST_ACTUALS =
      List.of(
          new Entry("REV", LATEST, 104000),
          new Entry("GM", LATEST, 0.61),
          new Entry("OPEX", LATEST, 46000),
          new Entry("CASH", LATEST, 430000),
          new Entry("DSO", LATEST, 29));

  /**
   * Workbook actuals the ledger repeats; taken from the workbook's numbers so they always agree.
   */
  private static final List<String> REPEATED = List.of("REV", "CASH");

  private NorthwindLedger() {}

  /** One line of the ledger. */
  record Entry(String id, YearMonth period, double value) {}

  static List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    YearMonth september = LATEST.minusMonths(1);
    for (String id : REPEATED) {
      double workbookValue = NorthwindKpis.byId(id).actual(NorthwindKpis.indexOf(september));
      entries.add(new Entry(id, september, workbookValue));
    }
    entries.addAll(LATEST_ACTUALS);
    return entries;
  }

  static void write(OutputStream out) throws IOException {
    StringBuilder csv = new StringBuilder("ID,Period,Value\n");
    for (Entry e : entries()) {
      csv.append(e.id())
          .append(',')
          .append(e.period())
          .append(',')
          .append(plain(e.value()))
          .append('\n');
    }
    out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  // 104000 rather than 104000.0, and 0.61 exactly as typed, as a ledger export writes them.
  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}

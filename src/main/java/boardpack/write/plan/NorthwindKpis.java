package boardpack.write.plan;

import static boardpack.write.plan.CellFormat.COUNT;
import static boardpack.write.plan.CellFormat.GBP;
import static boardpack.write.plan.CellFormat.GBP_PENCE;
import static boardpack.write.plan.CellFormat.PERCENT;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The KPIs of Northwind Coffee Roasters with 24 months of actuals (Nov 2024 to Oct 2026),
 * hand-written so that every figure of the end-to-end test can be worked out on paper.
 */
final class NorthwindKpis {

  static final YearMonth FIRST_MONTH = YearMonth.of(2024, 11);
  static final int MONTHS = 24;
  static final YearMonth LAST_MONTH = FIRST_MONTH.plusMonths(MONTHS - 1);

  /** Not reported: a blank cell in Actuals. */
  static final double NR = Double.NaN;

  private static final String HIGHER = "Higher is better";
  private static final String LOWER = "Lower is better";
  private static final String RANGE = "Within range";
  private static final String FINANCE = "Olivia Grant";
  private static final String OPS = "Grace Lin";
  private static final String DIGITAL = "Tom Okafor";

  private NorthwindKpis() {}

  // Each row of actuals: Nov 2024 .. Oct 2025 on its first line, Nov 2025 .. Oct 2026 on its
  // second.
  // The finance KPIs' October 2026 comes from the ledger CSV (NorthwindLedger), so it is NR here.
  static final List<SampleKpi> ALL =
      List.of(
          new SampleKpi(
              "REV",
              "Revenue",
              FINANCE,
              "GBP",
              HIGHER,
              "Lagging",
              "Sum",
              1_200_000.0,
              null,
              null,
              null,
              null,
              "Monthly",
              "Xero general ledger",
              GBP,
              new double[] {
                78000, 88000, 70000, 72000, 79000, 80000, 82000, 84000, 86000, 83000, 88000, 90000,
                93000, 105000, 85000, 87000, 91000, 92000, 95000, 98000, 101000, 97000, 103000, NR
              }),
          new SampleKpi(
              "GM",
              "Gross margin",
              FINANCE,
              "%",
              HIGHER,
              "Lagging",
              null,
              0.60,
              null,
              null,
              null,
              null,
              null,
              "Xero management accounts",
              PERCENT,
              new double[] {
                0.58, 0.6, 0.57, 0.575, 0.585, 0.59, 0.595, 0.6, 0.605, 0.6, 0.59, 0.595, 0.6,
                0.615, 0.59, 0.595, 0.6, 0.6, 0.605, 0.61, 0.6, 0.615, 0.62, NR
              }),
          new SampleKpi(
              "OPEX",
              "Operating costs",
              FINANCE,
              "GBP",
              LOWER,
              "Lagging",
              "Sum",
              540_000.0,
              null,
              null,
              null,
              null,
              null,
              "Xero general ledger",
              GBP,
              new double[] {
                43000, 47000, 41000, 42000, 44000, 43500, 44000, 45500, 44500, 43000, 45000, 46000,
                44000, 48000, 42000, 43000, 45000, 44000, 45000, 45500, 44500, 44000, 45500, NR
              }),
          new SampleKpi(
              "CASH",
              "Cash at bank",
              FINANCE,
              "£",
              HIGHER,
              "Lagging",
              "Last",
              450_000.0,
              null,
              null,
              null,
              null,
              null,
              "Barclays bank statements",
              GBP,
              new double[] {
                310000, 295000, 300000, 305000, 320000, 315000, 325000, 330000, 335000, 340000,
                345000, 350000, 355000, 340000, 350000, 360000, 370000, 375000, 380000, 390000,
                400000, 410000, 420000, NR
              }),
          new SampleKpi(
              "DSO",
              "Debtor days",
              FINANCE,
              "days",
              LOWER,
              "Lagging",
              "Average",
              30.0,
              null,
              null,
              null,
              null,
              null,
              "Xero aged debtors",
              COUNT,
              new double[] {
                34, 33, 35, 36, 32, 31, 33, 34, 32, NR, 31, 30, 33, 35, 32, 31, 30, 29, 31, 30, 28,
                29, 30, NR
              }),
          new SampleKpi(
              "INV",
              "Green-bean inventory",
              OPS,
              "days",
              RANGE,
              "Lagging",
              null,
              null,
              20.0,
              30.0,
              null,
              null,
              null,
              "Roastery stock system",
              COUNT,
              new double[] {
                24, 26, 22, 21, 25, 27, 28, 26, 24, 23, 25, 27,
                29, 22, 24, 26, 25, 27, 28, 29, 30, 29, 34, 35
              }),
          new SampleKpi(
              "CALLS",
              "Sales calls to cafés",
              "Priya Shah",
              "calls",
              HIGHER,
              "Leading",
              "Sum",
              6000.0,
              null,
              null,
              "NEWREV",
              2,
              null,
              "HubSpot CRM",
              COUNT,
              new double[] {
                420, 380, 450, 470, 510, 440, 480, 530, 460, 400, 520, 560,
                500, 410, 470, 530, 580, 490, 520, 600, 540, 540, 570, 600
              }),
          // NEWREV(m) = 5,000 + 40 x CALLS(m - 2) + noise of at most 1,200 (calls before Nov 24:
          // 450, 470).
          new SampleKpi(
              "NEWREV",
              "New-customer revenue",
              "Marcus Reed",
              "GBP",
              HIGHER,
              "Lagging",
              "Sum",
              300_000.0,
              null,
              null,
              null,
              null,
              null,
              "Xero, new-customer invoices",
              GBP,
              new double[] {
                23500, 23100, 22100, 19300, 23800, 23500, 26400, 22000, 24600, 25000, 24100, 20800,
                26700, 26600, 25200, 20400, 24900, 25800, 27300, 25100, 26400, 28600, 26900, 26100
              }),
          new SampleKpi(
              "TRIALS",
              "Website trials",
              DIGITAL,
              "trials",
              HIGHER,
              "Leading",
              "Sum",
              6000.0,
              null,
              null,
              "SUBS",
              null,
              null,
              "Shopify",
              COUNT,
              new double[] {
                480, 600, 400, 540, 420, 640, 460, 520, 380, 600, 440, 560,
                400, 660, 500, 420, 580, 460, 620, 480, 560, 500, 640, 520
              }),
          // SUBS(m) = 10 + 0.15 x TRIALS(m - 1) + noise of at most 4 (trials in Oct 24: 520).
          new SampleKpi(
              "SUBS",
              "New subscriptions",
              DIGITAL,
              "subscriptions",
              HIGHER,
              "Lagging",
              "Sum",
              null,
              null,
              null,
              null,
              null,
              null,
              "Shopify",
              COUNT,
              new double[] {
                90, 79, 101, 73, 89, 77, 105, 81, 84, 70, 98, 77,
                91, 72, 108, 88, 71, 98, 77, 106, 81, 96, 82, 108
              }),
          new SampleKpi(
              "NPS",
              "Net promoter score",
              "Hannah Price",
              "points",
              HIGHER,
              "Lagging",
              "Average",
              45.0,
              null,
              null,
              null,
              null,
              "Quarterly",
              "Quarterly customer survey",
              COUNT,
              new double[] {
                NR, 38, NR, NR, 40, NR, NR, 41, NR, NR, 43, NR,
                NR, 42, NR, NR, 44, NR, NR, 46, NR, NR, 48, NR
              }),
          new SampleKpi(
              "CHURN",
              "Subscription churn",
              DIGITAL,
              "%",
              LOWER,
              "Lagging",
              "Average",
              0.04,
              null,
              null,
              null,
              null,
              null,
              "Shopify subscriptions report",
              PERCENT,
              new double[] {
                0.05, 0.048, 0.052, 0.047, 0.045, 0.046, NR, 0.044, 0.043, 0.045, 0.042, 0.041,
                0.043, 0.046, 0.04, 0.041, 0.039, 0.038, 0.04, 0.039, 0.037, 0.038, 0.039, 0.038
              }),
          new SampleKpi(
              "OTD",
              "On-time delivery",
              OPS,
              "%",
              HIGHER,
              "Leading",
              "Average",
              null,
              null,
              null,
              null,
              null,
              null,
              "DPD courier portal",
              PERCENT,
              new double[] {
                0.9, 0.89, 0.91, 0.9, 0.92, 0.91, 0.93, 0.92, 0.9, 0.93, 0.92, 0.94, 0.91, 0.88,
                0.93, 0.94, 0.93, 0.94, 0.95, 0.92, NR, 0.93, 0.94, 0.96
              }),
          new SampleKpi(
              "WASTE",
              "Roasting waste",
              OPS,
              "%",
              LOWER,
              "Lagging",
              "Average",
              0.03,
              null,
              null,
              null,
              null,
              null,
              "Roaster batch logs",
              PERCENT,
              new double[] {
                0.031, 0.03, 0.029, 0.028, 0.03, 0.029, 0.028, 0.029, 0.027, 0.028, 0.03, 0.029,
                0.03, 0.032, 0.029, 0.028, 0.029, 0.028, 0.029, 0.03, 0.031, 0.032, 0.036, 0.038
              }),
          new SampleKpi(
              "HEAD",
              "Headcount",
              "Hannah Price",
              "people",
              RANGE,
              "Lagging",
              "Last",
              null,
              40.0,
              46.0,
              null,
              null,
              null,
              "BreatheHR",
              COUNT,
              new double[] {
                36, 36, NR, 37, 37, 38, 38, 39, 39, 40, 40, 41, 41, 41, 42, 42, 42, 43, 43, 44, 44,
                45, 45, 45
              }),
          new SampleKpi(
              "AOV",
              "Average online order",
              DIGITAL,
              "£",
              null,
              null,
              "Average",
              28.0,
              null,
              null,
              null,
              null,
              null,
              "Shopify",
              GBP_PENCE,
              new double[] {
                25.5, 27.0, 24.8, 25.1, 25.6, 26.0, 26.2, 26.5, 26.4, 26.1, 26.8, 27.0, 27.5, NR,
                26.9, 27.2, 27.4, 27.6, 27.8, 28.1, 27.9, 28.3, 28.2, 28.4
              }));

  /** The Targets sheet covers the fiscal years from April 2025 and April 2026. */
  static final YearMonth FIRST_TARGET_MONTH = YearMonth.of(2025, 4);

  /**
   * Monthly targets, Apr 2025 .. Mar 2026 on the first line and Apr 2026 .. Mar 2027 on the second;
   * NaN leaves the cell blank so the KPI's annual target applies (CALLS: 6,000 / 12 = 500).
   */
  static final Map<String, double[]> TARGETS =
      Map.of(
          "OTD",
              new double[] {
                0.92, 0.92, 0.92, 0.92, 0.92, 0.92, 0.92, 0.92, 0.92, 0.92, 0.92, 0.92,
                0.93, 0.93, 0.93, 0.94, 0.94, 0.94, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95
              },
          "SUBS",
              new double[] {
                80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80,
                90, 90, 95, 95, 100, 100, 100, 110, 120, 100, 100, 100
              },
          "CALLS",
              new double[] {
                NR, NR, NR, NR, NR, NR, NR, NR, NR, NR, NR, NR, NR, NR, NR, NR, NR, NR, NR, 600,
                400, NR, NR, NR
              });

  /** The month of actual number {@code index}. */
  static YearMonth month(int index) {
    return FIRST_MONTH.plusMonths(index);
  }

  static int indexOf(YearMonth month) {
    return (int)
        (month.getYear() * 12L
            + month.getMonthValue()
            - FIRST_MONTH.getYear() * 12L
            - FIRST_MONTH.getMonthValue());
  }

  static SampleKpi byId(String id) {
    return ALL.stream()
        .filter(k -> k.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no sample KPI " + id));
  }
}

package boardpack.write.plan;

import static boardpack.write.plan.Table.row;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The tables of the sample workbook, sheet by sheet, from the Northwind data. */
final class NorthwindSheets {

  static final String ORGANISATION = "Northwind Coffee Roasters";
  private static final int MONTH_WIDTH = 11;

  private NorthwindSheets() {}

  /** Every sheet, in order. */
  static List<Table> all() {
    return List.of(
        settings(),
        kpis(),
        targets(),
        actuals(),
        objectives(),
        // Spelled with a space on purpose: sheet names match ignoring spaces (workbook.md).
        keyResults(),
        commentary(),
        distribution(),
        notes());
  }

  static Table settings() {
    return new Table(
        "Settings",
        ORGANISATION + " – plan settings",
        "Read by boardpack at each month end. Change the reporting period before running it.",
        List.of("Setting", "Value", "Notes"),
        List.of(20, 34, 60),
        List.of(
            row("Organisation", ORGANISATION, "Shown on the cover, page headers and file names"),
            row("Reporting period", "2026-10", "The month being reported"),
            row("Fiscal year start", "April", "UK financial year: April to March"),
            row("Currency", "GBP", "Pounds sterling"),
            row(
                "Amber tolerance",
                Num.of(0.10, CellFormat.WHOLE_PERCENT),
                "Attainment this far below target is amber, not red"),
            row("Page size", "A4", null),
            row(
                "Confidentiality",
                "Confidential – Board use only",
                "Printed in every page footer")),
        0);
  }

  static Table kpis() {
    List<List<Object>> rows = new ArrayList<>();
    for (SampleKpi k : NorthwindKpis.ALL) {
      rows.add(
          row(
              k.id(),
              k.name(),
              k.owner(),
              k.unit(),
              k.direction(),
              k.indicator(),
              k.aggregation(),
              num(k.annualTarget(), k.format()),
              num(k.lower(), k.format()),
              num(k.upper(), k.format()),
              k.leads(),
              k.lag(),
              k.frequency(),
              k.dataSource()));
    }
    return new Table(
        "KPIs",
        ORGANISATION + " – key performance indicators",
        "One row per KPI. Percentages are stored as fractions (60% is 0.6). "
            + "Blank Aggregation: Sum, or Average for % and band KPIs.",
        PlanHeadings.KPIS,
        List.of(10, 24, 14, 13, 17, 10, 12, 14, 8, 8, 10, 6, 11, 28),
        rows,
        2);
  }

  static Table targets() {
    List<YearMonth> months = monthsFrom(NorthwindKpis.FIRST_TARGET_MONTH, 24);
    List<List<Object>> rows = new ArrayList<>();
    for (SampleKpi k : NorthwindKpis.ALL) {
      double[] values = NorthwindKpis.TARGETS.get(k.id());
      if (values != null) {
        rows.add(monthRow(k.id(), k.name(), values, k.format()));
      }
    }
    return new Table(
        "Targets",
        ORGANISATION + " – monthly targets",
        "A blank cell takes the KPI's annual target (Sum KPIs: a twelfth of it each month).",
        monthHeaders(months),
        monthWidths(months.size()),
        rows,
        2);
  }

  static Table actuals() {
    List<YearMonth> months = monthsFrom(NorthwindKpis.FIRST_MONTH, NorthwindKpis.MONTHS);
    List<List<Object>> rows = new ArrayList<>();
    for (SampleKpi k : NorthwindKpis.ALL) {
      rows.add(monthRow(k.id(), k.name(), k.actuals(), k.format()));
    }
    for (NorthwindOkrs.KeyResultActuals kr : NorthwindOkrs.KEY_RESULT_ACTUALS) {
      List<Object> row = row(kr.id(), kr.name());
      months.forEach(m -> row.add(kr.values().get(m)));
      rows.add(row);
    }
    return new Table(
        "Actuals",
        ORGANISATION + " – monthly actuals",
        "Blank means not reported yet. October's finance figures arrive in the ledger export "
            + "(northwind-ledger.csv).",
        monthHeaders(months),
        monthWidths(months.size()),
        rows,
        2);
  }

  static Table objectives() {
    return new Table(
        "Objectives",
        ORGANISATION + " – objectives",
        "Parent builds the cascade: company (O1), department (O2), team (O3).",
        PlanHeadings.OBJECTIVES,
        List.of(6, 50, 14, 12, 8, 11, 11, 10),
        NorthwindOkrs.OBJECTIVES,
        2);
  }

  static Table keyResults() {
    return new Table(
        "Key Results",
        ORGANISATION + " – key results",
        "KPI: the KPI that measures the key result. The others are reported on the Actuals sheet.",
        PlanHeadings.KEY_RESULTS,
        List.of(8, 10, 54, 14, 9, 10, 11, 12, 7, 7, 10, 8, 10),
        NorthwindOkrs.KEY_RESULTS,
        3);
  }

  static Table commentary() {
    YearMonth oct = YearMonth.of(2026, 10);
    return new Table(
        "Commentary",
        ORGANISATION + " – commentary",
        "Variance explanations shown beside each measure in the board pack.",
        PlanHeadings.COMMENTARY,
        List.of(9, 11, 90, 14),
        List.of(
            row(
                "REV",
                "Oct 2026",
                "Two new café accounts went live mid-month; Christmas wholesale "
                    + "orders start in November.",
                "Olivia Grant"),
            row(
                "WASTE",
                oct,
                "Roaster 2 burner fault: three batches scrapped. Engineer booked "
                    + "for 12 November.",
                "Grace Lin"),
            row(
                "INV",
                oct,
                "Green beans bought ahead of the Christmas peak; back in band by " + "December.",
                "Grace Lin"),
            row(
                "SUBS",
                oct,
                "Autumn blend promotion lifted sign-ups; trials fell back after the "
                    + "September campaign.",
                "Tom Okafor"),
            row(
                "KR3.2",
                oct,
                "Playbook draft reviewed by the sales team; roll-out in November.",
                "Priya Shah")),
        0);
  }

  static Table distribution() {
    return new Table(
        "Distribution",
        ORGANISATION + " – board pack distribution",
        "Scope: All, a team or an owner. Attach: PDF, XLSX or Both.",
        List.of("Name", "Email", "Scope", "Attach"),
        List.of(22, 38, 14, 8),
        List.of(
            row("Hannah Price", "hannah.price@northwind-coffee.example", "All", "Both"),
            row("Board of directors", "board@northwind-coffee.example", "All", "PDF"),
            row("Marcus Reed", "marcus.reed@northwind-coffee.example", "Sales", "PDF"),
            row("Grace Lin", "grace.lin@northwind-coffee.example", "Grace Lin", "XLSX")),
        0);
  }

  static Table notes() {
    return new Table(
        "Notes",
        "Working notes",
        "This sheet is not read by boardpack: other sheets are ignored.",
        List.of("Date", "Note"),
        List.of(12, 80),
        List.of(
            row(
                YearMonth.of(2026, 9),
                "Agreed with the CEO to move the Manchester roastery to Q4."),
            row(
                YearMonth.of(2026, 10),
                "DPD portal export was missing July; on-time delivery left "
                    + "blank for that month.")),
        0);
  }

  private static List<Object> monthRow(String id, String name, double[] values, CellFormat format) {
    List<Object> row = row(id, name);
    for (double v : values) {
      row.add(Double.isNaN(v) ? null : Num.of(v, format));
    }
    return row;
  }

  private static List<Object> monthHeaders(List<YearMonth> months) {
    List<Object> headers = new ArrayList<>(List.of("ID", "Name"));
    headers.addAll(months);
    return headers;
  }

  private static List<Integer> monthWidths(int months) {
    List<Integer> widths = new ArrayList<>(List.of(10, 34));
    widths.addAll(Collections.nCopies(months, MONTH_WIDTH));
    return widths;
  }

  private static List<YearMonth> monthsFrom(YearMonth first, int count) {
    List<YearMonth> months = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      months.add(first.plusMonths(i));
    }
    return months;
  }

  private static Num num(Double value, CellFormat format) {
    return value == null ? null : Num.of(value, format);
  }
}

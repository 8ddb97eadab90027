package boardpack.write.plan;

import static boardpack.write.plan.Table.row;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The sheets of a new plan: every sheet of workbook.md with a few example rows that pass {@code
 * boardpack check}, for the user to overwrite.
 */
final class StarterSheets {

  private static final String EXAMPLE = "Example rows: overwrite them with your own. ";
  private static final int MONTH_WIDTH = 11;

  private StarterSheets() {}

  static List<Table> tables(NewPlan plan) {
    List<YearMonth> months = fiscalYear(plan);
    return List.of(
        settings(plan, months.get(0)),
        kpis(plan),
        monthly(plan, "Targets", "monthly targets", StarterRows.targets(), months),
        monthly(plan, "Actuals", "monthly actuals", StarterRows.actuals(), months),
        objectives(plan, months),
        keyResults(plan, months),
        commentary(plan, months.get(0)),
        distribution(plan));
  }

  private static Table settings(NewPlan plan, YearMonth first) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("Organisation", plan.organisation(), "Shown on the cover and in file names"));
    rows.add(row("Reporting period", first.toString(), "The month being reported: change it"));
    rows.add(
        row(
            "Fiscal year start",
            plan.fiscalYearStart().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
            "The fiscal year's first month"));
    plan.currency().ifPresent(code -> rows.add(row("Currency", code, "ISO currency code")));
    rows.add(
        row(
            "Amber tolerance",
            Num.of(0.10, CellFormat.WHOLE_PERCENT),
            "Attainment this far below target is amber, not red"));
    rows.add(row("Page size", "A4", "A4 or Letter"));
    rows.add(row("Confidentiality", "Confidential", "Printed in every page footer"));
    return new Table(
        "Settings",
        plan.organisation() + " – plan settings",
        "Read by boardpack at each month end. Change the reporting period before running it.",
        List.of("Setting", "Value", "Notes"),
        List.of(20, 34, 50),
        rows,
        0);
  }

  private static Table kpis(NewPlan plan) {
    String money = plan.currency().orElse(null);
    return new Table(
        "KPIs",
        plan.organisation() + " – key performance indicators",
        EXAMPLE + "Percentages are fractions (60% is 0.6).",
        kpiHeadings(),
        List.of(10, 24, 14, 10, 17, 11, 12, 14, 8, 8, 10, 6, 11, 20, 8),
        StarterRows.kpis(money),
        2);
  }

  private static Table monthly(
      NewPlan plan, String sheet, String what, List<List<Object>> rows, List<YearMonth> months) {
    List<Object> headers = new ArrayList<>(List.of("ID", "Name"));
    headers.addAll(months);
    List<Integer> widths = new ArrayList<>(List.of(10, 28));
    widths.addAll(Collections.nCopies(months.size(), MONTH_WIDTH));
    return new Table(
        sheet,
        plan.organisation() + " – " + what,
        EXAMPLE + "One row per measure, one column per month of the fiscal year.",
        headers,
        widths,
        rows,
        2);
  }

  private static Table objectives(NewPlan plan, List<YearMonth> months) {
    return new Table(
        "Objectives",
        plan.organisation() + " – objectives",
        EXAMPLE + "Parent builds the cascade.",
        PlanHeadings.OBJECTIVES,
        List.of(6, 40, 14, 12, 8, 11, 11, 10),
        StarterRows.objectives(months),
        2);
  }

  private static Table keyResults(NewPlan plan, List<YearMonth> months) {
    return new Table(
        "KeyResults",
        plan.organisation() + " – key results",
        EXAMPLE + "KPI: the KPI that measures it; the others are reported on Actuals.",
        PlanHeadings.KEY_RESULTS,
        List.of(8, 10, 40, 14, 9, 10, 11, 12, 7, 7, 10, 8, 10),
        StarterRows.keyResults(months),
        3);
  }

  private static Table commentary(NewPlan plan, YearMonth first) {
    return new Table(
        "Commentary",
        plan.organisation() + " – commentary",
        EXAMPLE + "Variance explanations shown beside each measure in the board pack.",
        PlanHeadings.COMMENTARY,
        List.of(9, 11, 70, 14),
        List.of(row("REV", first, "Two new accounts went live mid-month.", StarterRows.FINANCE)),
        0);
  }

  private static Table distribution(NewPlan plan) {
    return new Table(
        "Distribution",
        plan.organisation() + " – board pack distribution",
        EXAMPLE + "Scope: All, a team or an owner. Attach: PDF, XLSX or Both.",
        List.of("Name", "Email", "Scope", "Attach"),
        List.of(22, 34, 14, 8),
        List.of(row("Board of directors", "board@example.com", "All", "PDF")),
        0);
  }

  private static List<YearMonth> fiscalYear(NewPlan plan) {
    YearMonth first = YearMonth.of(plan.year(), plan.fiscalYearStart());
    List<YearMonth> months = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      months.add(first.plusMonths(i));
    }
    return months;
  }

  private static List<Object> kpiHeadings() {
    List<Object> headings = new ArrayList<>(PlanHeadings.KPIS);
    headings.add(PlanHeadings.BOARD);
    return headings;
  }
}

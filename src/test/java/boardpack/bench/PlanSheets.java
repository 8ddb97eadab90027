package boardpack.bench;

import static boardpack.bench.BenchPlan.row;

import boardpack.write.plan.PlanHeadings;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The sheets of a generated plan, in the order a finance team keeps them, rows made lazily. */
final class PlanSheets {

  private PlanSheets() {}

  /** The plan's sheets; the Distribution sheet only when {@code distribution}. */
  static void write(BenchPlan plan, SheetWriter sheets, boolean distribution) {
    sheets.sheet(
        "Settings",
        plan.organisation() + " – settings",
        "Read at each month end.",
        List.of("Setting", "Value"),
        settings(plan));
    sheets.sheet(
        "KPIs",
        plan.organisation() + " – KPIs",
        "One row per KPI.",
        PlanHeadings.KPIS,
        iterable(plan.kpis().stream().map(PlanSheets::kpi)));
    sheets.sheet(
        "Targets",
        plan.organisation() + " – monthly targets",
        "Blank: annual target.",
        monthHeaders(Months.FIRST_TARGET, Months.TARGET_MONTHS),
        iterable(
            plan.kpis().stream()
                .filter(k -> k.targets() != null)
                .map(k -> monthRow(k.id(), k.name(), k.targets(), k.kind().format))));
    sheets.sheet(
        "Actuals",
        plan.organisation() + " – monthly actuals",
        "Blank: not reported.",
        monthHeaders(Months.FIRST_ACTUAL, Months.ACTUAL_MONTHS),
        iterable(
            Stream.concat(
                plan.kpis().stream()
                    .map(k -> monthRow(k.id(), k.name(), k.actuals(), k.kind().format)),
                plan.keyResults().stream()
                    .filter(kr -> kr.kpi() == null)
                    .map(PlanSheets::ownRow))));
    sheets.sheet(
        "Objectives",
        plan.organisation() + " – objectives",
        "Parent: the cascade.",
        PlanHeadings.OBJECTIVES,
        iterable(plan.objectives().stream().map(PlanSheets::objective)));
    sheets.sheet(
        "Key Results",
        plan.organisation() + " – key results",
        "Three per objective.",
        PlanHeadings.KEY_RESULTS,
        iterable(plan.keyResults().stream().map(PlanSheets::keyResult)));
    sheets.sheet(
        "Commentary",
        plan.organisation() + " – commentary",
        "Variance notes.",
        PlanHeadings.COMMENTARY,
        plan.commentary());
    if (!distribution) {
      return;
    }
    sheets.sheet(
        "Distribution",
        plan.organisation() + " – distribution",
        "Who gets which pack.",
        List.of("Name", "Email", "Scope", "Attach"),
        plan.distribution());
  }

  private static List<List<Object>> settings(BenchPlan plan) {
    return List.of(
        row("Organisation", plan.organisation()),
        row("Reporting period", Months.REPORTING.toString()),
        row("Fiscal year start", "April"),
        row("Currency", "GBP"),
        row("Amber tolerance", new Num(0.1, Num.Format.PERCENT)));
  }

  private static List<Object> kpi(BenchKpi k) {
    Num.Format format = k.kind().format;
    return row(
        k.id(),
        k.name(),
        k.owner(),
        k.kind().unit,
        k.kind().direction,
        k.indicator(),
        k.kind().aggregation,
        number(k.annualTarget(), format),
        number(k.lower(), format),
        number(k.upper(), format),
        k.leads(),
        k.lag(),
        k.frequency(),
        k.dataSource());
  }

  private static List<Object> objective(BenchObjective o) {
    return row(o.id(), o.statement(), o.owner(), o.team(), o.parent(), o.start(), o.end(), o.kpi());
  }

  private static List<Object> keyResult(BenchKeyResult kr) {
    return row(
        kr.id(),
        kr.objective(),
        kr.statement(),
        kr.owner(),
        kr.type(),
        kr.metric(),
        number(kr.start(), Num.Format.WHOLE),
        number(kr.target(), Num.Format.WHOLE),
        number(kr.lower(), Num.Format.WHOLE),
        number(kr.upper(), Num.Format.WHOLE),
        null,
        kr.weight(),
        kr.kpi());
  }

  private static List<Object> ownRow(BenchKeyResult kr) {
    List<Object> row = row(kr.id(), kr.statement());
    for (int m = 0; m < Months.ACTUAL_MONTHS; m++) {
      row.add(kr.actuals().get(Months.actual(m)));
    }
    return row;
  }

  private static List<Object> monthRow(String id, String name, double[] values, Num.Format format) {
    List<Object> row = row(id, name);
    for (double value : values) {
      row.add(number(value, format));
    }
    return row;
  }

  private static List<Object> monthHeaders(YearMonth first, int count) {
    List<Object> headers = new ArrayList<>(List.of("ID", "Name"));
    for (int m = 0; m < count; m++) {
      headers.add(first.plusMonths(m));
    }
    return headers;
  }

  private static Num number(double value, Num.Format format) {
    return Double.isNaN(value) ? null : new Num(value, format);
  }

  private static Iterable<List<Object>> iterable(Stream<List<Object>> rows) {
    return rows::iterator;
  }
}

package boardpack.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated plan of one size: KPIs, objectives and key results, commentary and distribution. The
 * same size always gives the same plan (a fixed seed, java.util.Random's specified sequence and
 * StrictMath).
 */
record BenchPlan(
    Size size,
    List<String> owners,
    List<BenchKpi> kpis,
    List<BenchObjective> objectives,
    List<BenchKeyResult> keyResults) {

  private static final int MOST_OWNERS = 400;

  static BenchPlan generate(Size size) {
    Random random = new Random(size.seed);
    List<String> owners = People.owners(Math.min(MOST_OWNERS, Math.max(8, size.kpis / 10)));
    List<BenchKpi> kpis = new KpiGenerator(random, owners).generate(size.kpis);
    OkrGenerator okrs = new OkrGenerator(random, owners, kpis);
    List<BenchObjective> objectives = okrs.objectives(size.objectives());
    return new BenchPlan(size, owners, kpis, objectives, okrs.keyResults(objectives));
  }

  String organisation() {
    return "Bench " + size;
  }

  /** Variance notes on every seventh KPI this month, every 21st last month, and some KRs. */
  List<List<Object>> commentary() {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < kpis.size(); i += 7) {
      BenchKpi kpi = kpis.get(i);
      rows.add(
          row(
              kpi.id(),
              Months.REPORTING,
              "Timing: two large orders moved into next month; the" + " quarter is unaffected.",
              kpi.owner()));
      if (i % 21 == 0) {
        rows.add(
            row(kpi.id(), "Sep 2026", "One-off correction of a prior-month posting.", kpi.owner()));
      }
    }
    for (int k = 1; k < keyResults.size(); k += 15) {
      BenchKeyResult keyResult = keyResults.get(k);
      rows.add(
          row(
              keyResult.id(),
              Months.REPORTING,
              "Behind plan: hiring for the role slipped a" + " month.",
              keyResult.owner()));
    }
    return rows;
  }

  /** The board, every team and the owners of the first KPIs, each with its own address. */
  List<List<Object>> distribution() {
    String domain = "bench-" + size.name().toLowerCase(java.util.Locale.ROOT) + ".example";
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("Board of directors", "board@" + domain, "All", "PDF"));
    rows.add(row("Chief executive", "ceo@" + domain, "All", "Both"));
    rows.add(row("Finance director", "fd@" + domain, "All", "XLSX"));
    // A scope must be a Team of some objective (workbook.md, Distribution).
    for (String team : objectives.stream().map(BenchObjective::team).distinct().sorted().toList()) {
      rows.add(
          row(
              team + " leads",
              team.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "@" + domain,
              team,
              "PDF"));
    }
    kpis.stream()
        .limit(10)
        .map(BenchKpi::owner)
        .distinct()
        .forEach(owner -> rows.add(row(owner, People.email(owner, domain), owner, "Both")));
    return rows;
  }

  static List<Object> row(Object... cells) {
    return new ArrayList<>(java.util.Arrays.asList(cells));
  }
}

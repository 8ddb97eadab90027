package boardpack.write.plan;

import static boardpack.write.plan.Table.row;

import java.time.YearMonth;
import java.util.Collections;
import java.util.List;

/** The example rows of a new plan: a few that pass {@code boardpack check}, to be overwritten. */
final class StarterRows {

  static final String FINANCE = "Finance lead";
  private static final String SALES = "Sales lead";

  private StarterRows() {}

  static List<List<Object>> kpis(String money) {
    return List.of(
        row(
            "REV",
            "Revenue",
            FINANCE,
            money,
            "Higher is better",
            "Lagging",
            "Sum",
            Num.of(1_200_000, CellFormat.COUNT),
            null,
            null,
            null,
            null,
            "Monthly",
            "Ledger",
            "Yes"),
        row(
            "GM",
            "Gross margin",
            FINANCE,
            "%",
            "Higher is better",
            "Lagging",
            "Average",
            Num.of(0.6, CellFormat.PERCENT),
            null,
            null,
            null,
            null,
            "Monthly",
            "Ledger",
            "Yes"),
        row(
            "CALLS",
            "Sales calls",
            SALES,
            "calls",
            "Higher is better",
            "Leading",
            "Sum",
            Num.of(2_400, CellFormat.COUNT),
            null,
            null,
            "REV",
            1,
            "Monthly",
            "CRM",
            "No"));
  }

  static List<List<Object>> targets() {
    List<Object> revenue = row("REV", "Revenue");
    revenue.addAll(Collections.nCopies(12, Num.of(100_000, CellFormat.COUNT)));
    return List.of(revenue);
  }

  static List<List<Object>> actuals() {
    return List.of(
        row("REV", "Revenue", Num.of(98_000, CellFormat.COUNT)),
        row("GM", "Gross margin", Num.of(0.58, CellFormat.PERCENT)),
        row("CALLS", "Sales calls", Num.of(190, CellFormat.COUNT)),
        row("KR2.2", "Partner programme launched", Num.of(0.25, CellFormat.WHOLE_PERCENT)));
  }

  static List<List<Object>> objectives(List<YearMonth> months) {
    return List.of(
        row(
            "O1",
            "Grow revenue profitably",
            "Chief executive",
            "Company",
            null,
            months.get(0),
            months.get(11),
            "REV"),
        row(
            "O2",
            "Win more new customers",
            SALES,
            "Sales",
            "O1",
            months.get(0),
            months.get(2),
            "CALLS"));
  }

  static List<List<Object>> keyResults(List<YearMonth> months) {
    return List.of(
        row(
            "KR1.1",
            "O1",
            "Revenue reaches the annual target",
            FINANCE,
            "Outcome",
            "Increase",
            Num.of(0, CellFormat.COUNT),
            Num.of(1_200_000, CellFormat.COUNT),
            null,
            null,
            months.get(11),
            1,
            "REV"),
        row(
            "KR2.1",
            "O2",
            "Make 600 sales calls this quarter",
            SALES,
            "Outcome",
            "Increase",
            Num.of(0, CellFormat.COUNT),
            Num.of(600, CellFormat.COUNT),
            null,
            null,
            months.get(2),
            1,
            "CALLS"),
        row(
            "KR2.2",
            "O2",
            "Partner programme launched",
            SALES,
            "Effort",
            "Milestone",
            null,
            null,
            null,
            null,
            months.get(2),
            1,
            null));
  }
}

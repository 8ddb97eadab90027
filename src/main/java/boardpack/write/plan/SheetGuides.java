package boardpack.write.plan;

import static boardpack.write.plan.ColumnGuide.free;
import static boardpack.write.plan.ColumnGuide.ids;
import static boardpack.write.plan.ColumnGuide.month;
import static boardpack.write.plan.ColumnGuide.pick;

import java.util.Map;

/** The guides of the KPIs, Objectives and KeyResults columns, by folded heading. */
final class SheetGuides {

  private SheetGuides() {}

  /** The KPIs sheet's columns. */
  static final Map<String, ColumnGuide> KPIS =
      Map.ofEntries(
          Map.entry("id", free("Required. A unique ID, such as REV.")),
          Map.entry("name", free("Required. The KPI's name.")),
          Map.entry("owner", free("The one person accountable for it.")),
          Map.entry(
              "unit",
              free(
                  "%, a currency code or symbol (GBP, £), or any word (days, calls); drives"
                      + " number formats.")),
          Map.entry(
              "direction",
              pick(
                  "Which way is good. Blank: Higher is better.",
                  "Higher is better",
                  "Lower is better",
                  "Within range")),
          Map.entry("indicator", pick("Leading or Lagging (default).", "Leading", "Lagging")),
          Map.entry(
              "aggregation",
              pick(
                  "How months add up to quarter and year. Blank: Sum, or Average for % and"
                      + " Within range KPIs.",
                  "Sum", "Average", "Last")),
          Map.entry(
              "annualtarget",
              free(
                  "The fiscal year's target: the total for Sum, the level for Average and"
                      + " Last.")),
          Map.entry("lower", free("Within range: the band's lower end.")),
          Map.entry("upper", free("Within range: the band's upper end.")),
          Map.entry(
              "leads",
              ids("A leading KPI: the ID of the lagging KPI it drives.", ColumnGuide.KPIS)),
          Map.entry(
              "lag", free("Months from this KPI to the one it leads; blank: found from the data.")),
          Map.entry(
              "frequency",
              pick(
                  "Monthly (default) or Quarterly (only quarter ends are expected).",
                  "Monthly",
                  "Quarterly")),
          Map.entry("datasource", free("Where the number comes from; shown in the appendix.")),
          Map.entry(
              "board",
              pick(
                  "Yes puts the KPI on the pack's dashboard (at most 10); blank: chosen by"
                      + " the pack.",
                  "Yes",
                  "No")));

  static final Map<String, ColumnGuide> OBJECTIVES =
      Map.of(
          "id", free("Required. A unique ID, such as O1."),
          "objective", free("Required. The objective's statement."),
          "owner", free("The one person who drives it."),
          "team", free("Team or department; packs can be split by it."),
          "parent", ids("The ID of the objective this one aligns to.", ColumnGuide.OBJECTIVES),
          "start", month("Required. The objective's first month."),
          "end", month("Required. The objective's last month."),
          "kpi", ids("The ID of the KPI this objective should move.", ColumnGuide.KPIS));

  static final Map<String, ColumnGuide> KEY_RESULTS =
      Map.ofEntries(
          Map.entry("id", free("Required. A unique ID (KPIs and key results share IDs).")),
          Map.entry("objective", ids("Required. The ID of its objective.", ColumnGuide.OBJECTIVES)),
          Map.entry("keyresult", free("Required. The key result's statement.")),
          Map.entry("owner", free("Who delivers it.")),
          Map.entry(
              "type",
              pick(
                  "Outcome (default) or Effort (a project); blank: Effort for milestones.",
                  "Outcome",
                  "Effort")),
          Map.entry(
              "metric",
              pick(
                  "How progress is measured. Blank: Increase.",
                  "Increase",
                  "Decrease",
                  "Threshold",
                  "Milestone",
                  "Baseline")),
          Map.entry("startvalue", free("Increase, Decrease: where it starts.")),
          Map.entry("target", free("Increase, Decrease: where it must end.")),
          Map.entry("lower", free("Threshold: the band's lower end.")),
          Map.entry("upper", free("Threshold: the band's upper end.")),
          Map.entry("due", month("The month it is due; blank: its objective's End.")),
          Map.entry("weight", free("Its weight in the objective's score, above 0; blank: 1.")),
          Map.entry(
              "kpi",
              ids(
                  "The KPI that measures it; its values then come from that KPI's actuals.",
                  ColumnGuide.KPIS)));
}

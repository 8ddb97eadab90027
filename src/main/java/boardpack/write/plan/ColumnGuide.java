package boardpack.write.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What each column of a plan sheet holds (workbook.md), written as the header cell's note, and the
 * values it may take, offered as a drop-down: a fixed list of words, or the IDs of another sheet.
 *
 * @param choices the words a cell may hold; empty when free or when {@code idSheet} is set
 * @param idSheet the sheet whose IDs the cell names, or null
 */
record ColumnGuide(String note, List<String> choices, String idSheet) {

  static final String KPIS = "KPIs";
  static final String OBJECTIVES = "Objectives";

  private static final String MONTH = " A month: a date cell (shown as Oct 2026) or 2026-10.";

  ColumnGuide {
    choices = List.copyOf(choices);
  }

  boolean hasDropDown() {
    return !choices.isEmpty() || idSheet != null;
  }

  /** The guide for a column of a sheet, both named as a user may spell them. */
  static Optional<ColumnGuide> of(String sheet, String header) {
    return Optional.ofNullable(GUIDES.getOrDefault(fold(sheet), Map.of()).get(fold(header)));
  }

  /** The note on a month heading of Targets or Actuals. */
  static Optional<ColumnGuide> ofMonth(String sheet) {
    return switch (fold(sheet)) {
      case "targets" ->
          Optional.of(free("This month's target; blank: taken from the KPI's annual target."));
      case "actuals" ->
          Optional.of(
              free(
                  "This month's actual; blank means not reported yet (never zero). Percentages"
                      + " as fractions: 60% is 0.6."));
      default -> Optional.empty();
    };
  }

  /** workbook.md: sheet names and headings match ignoring case, spaces, {@code _} and {@code -}. */
  static String fold(String text) {
    return text.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
  }

  /** A column of months, whose blank cells are formatted as months too. */
  boolean isMonth() {
    return note.endsWith(MONTH);
  }

  private static ColumnGuide month(String note) {
    return free(note + MONTH);
  }

  private static ColumnGuide free(String note) {
    return new ColumnGuide(note, List.of(), null);
  }

  private static ColumnGuide pick(String note, String... choices) {
    return new ColumnGuide(note, List.of(choices), null);
  }

  private static ColumnGuide ids(String note, String sheet) {
    return new ColumnGuide(note, List.of(), sheet);
  }

  private static final Map<String, Map<String, ColumnGuide>> GUIDES =
      Map.of(
          "settings",
          Map.of(
              "setting",
              pick(
                  "The setting's name. Organisation: the name on the cover and file names;"
                      + " Reporting period: the month reported; Fiscal year start: April or 4;"
                      + " Currency: an ISO code such as GBP; Amber tolerance: 10%; Page size: A4"
                      + " or Letter; Confidentiality: the footer label.",
                  "Organisation",
                  "Reporting period",
                  "Fiscal year start",
                  "Currency",
                  "Amber tolerance",
                  "Page size",
                  "Confidentiality"),
              "value",
              free("The setting's value. A blank setting takes its default."),
              "notes",
              free("Not read by boardpack: your own notes.")),
          "kpis",
          KpiGuides.ALL,
          "targets",
          monthly(),
          "actuals",
          monthly(),
          "objectives",
          OkrGuides.OBJECTIVES,
          "keyresults",
          OkrGuides.KEY_RESULTS,
          "commentary",
          Map.of(
              "id", free("Required. The KPI or key result the comment is about."),
              "period", month("Required. The month the comment explains."),
              "comment", free("Required. The explanation shown beside the measure in the pack."),
              "author", free("Who wrote it.")),
          "distribution",
          Map.of(
              "name", free("Who receives the pack."),
              "email", free("Required. Their email address."),
              "scope",
                  free(
                      "All, a team name (Team on Objectives) or an owner name: which pack they"
                          + " receive."),
              "attach",
                  pick("PDF (default), XLSX or Both: what is attached.", "PDF", "XLSX", "Both")));

  private static Map<String, ColumnGuide> monthly() {
    return Map.of(
        "id", free("Required. The ID of a KPI, or of a key result no KPI measures."),
        "name", free("Not read: the measure's name, to help you fill in the row."));
  }

  /** The KPIs sheet's columns. */
  private static final class KpiGuides {
    static final Map<String, ColumnGuide> ALL =
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
                "lag",
                free("Months from this KPI to the one it leads; blank: found from the data.")),
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
  }

  /** The Objectives and KeyResults sheets' columns. */
  private static final class OkrGuides {
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
            Map.entry(
                "objective", ids("Required. The ID of its objective.", ColumnGuide.OBJECTIVES)),
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
}

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

  static ColumnGuide month(String note) {
    return free(note + MONTH);
  }

  static ColumnGuide free(String note) {
    return new ColumnGuide(note, List.of(), null);
  }

  static ColumnGuide pick(String note, String... choices) {
    return new ColumnGuide(note, List.of(choices), null);
  }

  static ColumnGuide ids(String note, String sheet) {
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
          SheetGuides.KPIS,
          "targets",
          monthly(),
          "actuals",
          monthly(),
          "objectives",
          SheetGuides.OBJECTIVES,
          "keyresults",
          SheetGuides.KEY_RESULTS,
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
}

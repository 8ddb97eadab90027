package boardpack.write.xlsx;

import boardpack.model.Comment;
import boardpack.model.KeyResultScore;
import boardpack.model.KpiScore;
import boardpack.model.ObjectiveScore;
import boardpack.model.Status;
import boardpack.write.xlsx.CellStyles.Look;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;

/**
 * The Summary sheet answers "how are we doing" on one screen: status counts with words, each
 * objective's score, the red KPIs, the biggest movers, the OKR/KPI cycle flags and the period's
 * notes, each block a small table under its own heading.
 */
final class SummarySheet {

  static final String NAME = "Summary";
  private static final List<Status> STATUSES =
      List.of(Status.ACHIEVED, Status.GREEN, Status.AMBER, Status.RED, Status.NONE);
  private static final Map<Status, String> MEANING =
      Map.of(
          Status.ACHIEVED, "key result or objective at 100%",
          Status.GREEN, "on target",
          Status.AMBER, "below target, within tolerance",
          Status.RED, "below target, beyond tolerance",
          Status.NONE, "no actual for the month");

  private final SheetWriter sheet;
  private int next;

  SummarySheet(SheetWriter sheet) {
    this.sheet = sheet;
  }

  void write(String title, String subtitle, SummaryContent content) {
    sheet.text(sheet.row(0), 0, title, Look.TITLE);
    sheet.text(sheet.row(1), 0, subtitle, Look.SUBTITLE);
    next = 3;
    sheet.wrapAt(1, 44);
    sheet.wrapAt(2, 36);
    counts(content);
    objectives(content.objectives());
    redKpis(content.redKpis());
    movers(content.movers());
    flags(content);
    notes(content.notes());
    sheet.applyWidths();
  }

  private void counts(SummaryContent content) {
    heading("How are we doing", List.of("Status", "Meaning", "KPIs", "Key results", "Objectives"));
    for (Status status : STATUSES) {
      Row row = sheet.row(next++);
      sheet.status(row, 0, status);
      sheet.text(row, 1, MEANING.get(status));
      count(row, 2, content.kpiCounts(), status);
      count(row, 3, content.keyResultCounts(), status);
      count(row, 4, content.objectiveCounts(), status);
    }
  }

  private void count(Row row, int column, Map<Status, Long> counts, Status status) {
    sheet.number(row, column, counts.getOrDefault(status, 0L), sheet.styles().number(UnitFormat.COUNT));
  }

  private void objectives(List<ObjectiveScore> objectives) {
    heading("Objectives", List.of("ID", "Objective", "Owner", "Score", "Expected", "Status"));
    for (ObjectiveScore objective : objectives) {
      Row row = sheet.row(next++);
      sheet.text(row, 0, objective.id().text());
      sheet.text(row, 1, objective.objective().statement(), Look.WRAP);
      sheet.text(row, 2, objective.objective().owner());
      sheet.figure(row, 3, objective.score(), UnitFormat.PERCENT);
      sheet.figure(row, 4, objective.expected(), UnitFormat.PERCENT);
      sheet.status(row, 5, objective.status());
    }
  }

  private void redKpis(List<KpiScore> red) {
    heading("Red KPIs", List.of("ID", "KPI", "Owner", "Actual", "Target", "Attainment"));
    if (red.isEmpty()) {
      sheet.text(sheet.row(next++), 1, "None: no KPI is red this month.", Look.NOTE);
    }
    for (KpiScore score : red) {
      Row row = sheet.row(next++);
      UnitFormat format = UnitFormat.of(score.kpi().unit(), false);
      sheet.text(row, 0, score.id().text());
      sheet.text(row, 1, score.kpi().name(), Look.WRAP);
      sheet.text(row, 2, score.kpi().owner());
      sheet.figure(row, 3, score.month().actual(), format);
      sheet.figure(row, 4, score.month().target(), format);
      sheet.figure(row, 5, score.month().attainment(), UnitFormat.PERCENT);
    }
  }

  private void movers(List<KpiScore> movers) {
    heading("Biggest movers", List.of("ID", "KPI", "Trend", "Change", "Change %", "Status"));
    for (KpiScore score : movers) {
      Row row = sheet.row(next++);
      UnitFormat format = UnitFormat.of(score.kpi().unit(), false);
      sheet.text(row, 0, score.id().text());
      sheet.text(row, 1, score.kpi().name(), Look.WRAP);
      sheet.text(row, 2, StatusLook.trend(score.trend().direction()));
      sheet.figure(row, 3, score.trend().change(), format);
      sheet.figure(row, 4, score.trend().changePercent(), UnitFormat.PERCENT);
      sheet.status(row, 5, score.month().status());
    }
  }

  private void flags(SummaryContent content) {
    heading("OKR and KPI cycle", List.of("Flag", "Meaning", "Measures"));
    flag("Needs an OKR", "red two reported months running, no active OKR", content.needsOkr());
    flag(
        "Propose as KPI",
        "achieved outcome key result no KPI tracks",
        content.proposedKpis().stream().map(KeyResultScore::id).toList());
    flag("At risk ahead", "a leading KPI is worsening", content.atRiskAhead());
    flag("Early warning", "a leading KPI predicts red", content.earlyWarnings());
  }

  private void flag(String name, String meaning, List<boardpack.model.Id> ids) {
    Row row = sheet.row(next++);
    sheet.text(row, 0, name, Look.BOLD);
    sheet.text(row, 1, meaning, Look.WRAP);
    String listed = ids.isEmpty() ? "none" : String.join(", ", ids.stream().map(id -> id.text()).toList());
    sheet.text(row, 2, listed, Look.WRAP);
  }

  private void notes(List<Comment> notes) {
    heading("Notes for the period", List.of("ID", "Note", "Author"));
    if (notes.isEmpty()) {
      sheet.text(sheet.row(next++), 1, "No commentary for this month.", Look.NOTE);
    }
    for (Comment note : notes) {
      Row row = sheet.row(next++);
      sheet.text(row, 0, note.id().text());
      sheet.text(row, 1, note.text(), Look.WRAP);
      sheet.text(row, 2, note.author());
    }
  }

  private void heading(String title, List<String> columns) {
    next++;
    sheet.text(sheet.row(next++), 0, title, Look.SECTION);
    int headerRow = next++;
    Row header = sheet.row(headerRow);
    for (int column = 0; column < columns.size(); column++) {
      sheet.text(header, column, columns.get(column), Look.HEADER);
    }
  }
}

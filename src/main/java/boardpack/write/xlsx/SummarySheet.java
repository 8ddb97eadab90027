package boardpack.write.xlsx;

import boardpack.compute.Headline;
import boardpack.compute.KpiRow;
import boardpack.compute.Mover;
import boardpack.compute.ObjectiveRow;
import boardpack.compute.Observation;
import boardpack.compute.PackView;
import boardpack.compute.StatusCounts;
import boardpack.model.Comment;
import boardpack.model.Problem;
import boardpack.model.Status;
import boardpack.write.xlsx.CellStyles.Look;
import java.util.List;
import java.util.function.ToIntFunction;
import org.apache.poi.ss.usermodel.Row;

/**
 * The Summary sheet answers "how are we doing" on one screen: status counts with words, each
 * objective's score, the red KPIs, the biggest movers and the OKR/KPI cycle flags; below them the
 * plan's notes (defaults that decided a figure), the headline KPIs in a sentence each and the
 * period's commentary. Each block is a small table under its own heading.
 */
final class SummarySheet {

  static final String NAME = "Summary";

  private final SheetWriter sheet;
  private final SummaryBlocks blocks;
  private final SourceLinks links;

  SummarySheet(SheetWriter sheet, SummaryTables tables, SourceLinks links) {
    this.sheet = sheet;
    this.blocks = new SummaryBlocks(sheet, tables, 2);
    this.links = links;
  }

  void write(String title, String subtitle, PackView view) {
    sheet.text(sheet.row(0), 0, title, Look.TITLE);
    sheet.text(sheet.row(1), 0, subtitle, Look.SUBTITLE);
    sheet.wrapAt(1, 60);
    sheet.wrapAt(2, 30);
    // Exceptions first, so the first screen holds the counts, objectives, reds and movers.
    counts(view.headline());
    objectives(view.objectives());
    redKpis(view.attention().redKpis());
    movers(view.movers());
    blocks.start("OKR and KPI cycle", CycleFlags.COLUMNS);
    new CycleFlags(sheet).write(blocks.next(), view.attention());
    blocks.skipTo(sheet.sheet().getLastRowNum() + 1);
    planNotes(view.notes());
    observations(view.observations());
    notes(view.commentary());
    blocks.close();
    sheet.applyWidths();
  }

  private void counts(Headline headline) {
    blocks.start(
        "How are we doing", List.of("Status", "Meaning", "KPIs", "Key results", "Objectives"));
    count(Status.GREEN, "on target (or achieved)", StatusCounts::green, headline);
    count(Status.AMBER, "below target, within tolerance", StatusCounts::amber, headline);
    count(Status.RED, "below target, beyond tolerance", StatusCounts::red, headline);
    count(Status.NONE, "no actual for the month", StatusCounts::none, headline);
  }

  private void count(
      Status status, String meaning, ToIntFunction<StatusCounts> count, Headline headline) {
    Row row = blocks.nextRow();
    sheet.status(row, 0, status);
    sheet.text(row, 1, meaning);
    List<StatusCounts> columns =
        List.of(headline.kpis(), headline.keyResults(), headline.objectives());
    for (int i = 0; i < columns.size(); i++) {
      sheet.number(
          row, 2 + i, count.applyAsInt(columns.get(i)), sheet.styles().number(UnitFormat.COUNT));
    }
  }

  private void observations(List<Observation> observations) {
    if (observations.isEmpty()) {
      return;
    }
    blocks.start("Headlines", List.of("KPI", "In a sentence"));
    for (Observation observation : observations) {
      Row row = blocks.nextRow();
      sheet.text(row, 0, observation.kpi().text());
      sheet.text(row, 1, observation.text(), Look.WRAP);
    }
  }

  private void objectives(List<ObjectiveRow> objectives) {
    blocks.start("Objectives", List.of("ID", "Objective", "Owner", "Score", "Expected", "Status"));
    if (objectives.isEmpty()) {
      blocks.none("The plan has no objectives.");
    }
    for (ObjectiveRow objective : SummaryBlocks.first(objectives)) {
      Row row = blocks.nextRow();
      sheet.text(row, 0, objective.id().text(), Look.TEXT, objective.depth());
      sheet.text(row, 1, objective.objective().statement(), Look.WRAP, objective.depth());
      sheet.text(row, 2, objective.objective().owner());
      sheet.figure(row, 3, objective.score().score(), UnitFormat.PERCENT);
      sheet.figure(row, 4, objective.score().expected(), UnitFormat.PERCENT);
      sheet.status(row, 5, objective.score().status());
    }
    blocks.more(objectives.size(), "objectives: see the OKRs sheet");
  }

  private void redKpis(List<KpiRow> red) {
    blocks.start("Red KPIs", List.of("ID", "KPI", "Owner", "Actual", "Target", "Attainment"));
    if (red.isEmpty()) {
      blocks.none("None: no KPI is red this month.");
    }
    for (KpiRow kpi : SummaryBlocks.first(red)) {
      Row row = blocks.nextRow();
      UnitFormat format = UnitFormat.of(kpi.score());
      sheet.text(row, 0, kpi.id().text());
      sheet.text(row, 1, kpi.kpi().name(), Look.WRAP);
      sheet.text(row, 2, kpi.kpi().owner());
      sheet.figure(row, 3, kpi.score().month().actual(), format);
      sheet.figure(row, 4, kpi.score().month().target(), format);
      sheet.figure(row, 5, kpi.score().month().attainment(), UnitFormat.PERCENT);
    }
    blocks.more(red.size(), "red KPIs: filter the KPIs sheet's Status column");
  }

  private void movers(List<Mover> movers) {
    blocks.start("Biggest movers", List.of("ID", "KPI", "Trend", "Change", "Change %", "Status"));
    if (movers.isEmpty()) {
      blocks.none("No KPI moved since its previous reported month.");
    }
    for (Mover mover : movers) {
      Row row = blocks.nextRow();
      KpiRow kpi = mover.kpi();
      UnitFormat format = UnitFormat.of(kpi.score());
      sheet.text(row, 0, kpi.id().text());
      sheet.text(row, 1, kpi.kpi().name(), Look.WRAP);
      sheet.text(row, 2, Words.trend(kpi.score().trend().direction()));
      // Coloured by effect, not sign: costs falling are good.
      sheet.effect(row, 3, mover.change(), format, mover.effect());
      sheet.effect(row, 4, mover.changePercent(), UnitFormat.PERCENT, mover.effect());
      sheet.status(row, 5, kpi.score().month().status());
    }
  }

  // Defaults the reader applied where the author may have meant otherwise: each may decide a
  // figure, and so a status.
  private void planNotes(List<Problem> notes) {
    if (notes.isEmpty()) {
      return;
    }
    blocks.start("Notes on the plan", List.of("Where", "Note"));
    for (Problem note : SummaryBlocks.first(notes)) {
      Row row = blocks.nextRow();
      String place = note.where().place();
      links
          .to(note.where())
          .ifPresentOrElse(
              link -> sheet.link(row, 0, place, link), () -> sheet.text(row, 0, place));
      sheet.text(row, 1, note.message(), Look.WRAP);
    }
    blocks.more(notes.size(), "notes: see the Data quality sheet");
  }

  private void notes(List<Comment> notes) {
    blocks.start("Commentary for the period", List.of("ID", "Commentary", "Author"));
    if (notes.isEmpty()) {
      blocks.none("No commentary for this month.");
    }
    for (Comment note : SummaryBlocks.first(notes)) {
      Row row = blocks.nextRow();
      sheet.text(row, 0, note.id().text());
      sheet.text(row, 1, note.text(), Look.WRAP);
      sheet.text(row, 2, note.author());
    }
    blocks.more(notes.size(), "comments: see the KPIs sheet's Commentary column");
  }
}

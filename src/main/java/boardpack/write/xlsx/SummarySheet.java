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
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;

/**
 * The Summary sheet answers "how are we doing" on one screen: status counts with words, each
 * objective's score, the red KPIs, the biggest movers and the OKR/KPI cycle flags; below them the
 * plan's notes (defaults that decided a figure), the headline KPIs in a sentence each and the
 * period's commentary. Each block is a small table under its own heading.
 */
final class SummarySheet {

  static final String NAME = "Summary";

  /** Rows of one list the Summary shows; the rest are counted, and listed on their sheet. */
  static final int MAX_ROWS = 15;

  private final SheetWriter sheet;
  private final SummaryTables tables;
  private final SourceLinks links;
  private int next;
  private String blockTitle;
  private int blockHeader = -1;
  private List<String> blockColumns;

  SummarySheet(SheetWriter sheet, SummaryTables tables, SourceLinks links) {
    this.sheet = sheet;
    this.tables = tables;
    this.links = links;
  }

  void write(String title, String subtitle, PackView view) {
    sheet.text(sheet.row(0), 0, title, Look.TITLE);
    sheet.text(sheet.row(1), 0, subtitle, Look.SUBTITLE);
    next = 2;
    sheet.wrapAt(1, 60);
    sheet.wrapAt(2, 30);
    // Exceptions first, so the first screen holds the counts, objectives, reds and movers.
    counts(view.headline());
    objectives(view.objectives());
    redKpis(view.attention().redKpis());
    movers(view.movers());
    new CycleFlags(sheet).write(heading("OKR and KPI cycle", CycleFlags.COLUMNS), view.attention());
    next = sheet.sheet().getLastRowNum() + 1;
    planNotes(view.notes());
    observations(view.observations());
    notes(view.commentary());
    closeBlock();
    sheet.applyWidths();
  }

  private void counts(Headline headline) {
    heading("How are we doing", List.of("Status", "Meaning", "KPIs", "Key results", "Objectives"));
    count(Status.GREEN, "on target (or achieved)", StatusCounts::green, headline);
    count(Status.AMBER, "below target, within tolerance", StatusCounts::amber, headline);
    count(Status.RED, "below target, beyond tolerance", StatusCounts::red, headline);
    count(Status.NONE, "no actual for the month", StatusCounts::none, headline);
  }

  private void count(
      Status status, String meaning, ToIntFunction<StatusCounts> count, Headline headline) {
    Row row = sheet.row(next++);
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
    heading("Headlines", List.of("KPI", "In a sentence"));
    for (Observation observation : observations) {
      Row row = sheet.row(next++);
      sheet.text(row, 0, observation.kpi().text());
      sheet.text(row, 1, observation.text(), Look.WRAP);
    }
  }

  private void objectives(List<ObjectiveRow> objectives) {
    heading("Objectives", List.of("ID", "Objective", "Owner", "Score", "Expected", "Status"));
    if (objectives.isEmpty()) {
      sheet.text(sheet.row(next++), 1, "The plan has no objectives.", Look.NOTE);
    }
    for (ObjectiveRow objective : first(objectives)) {
      Row row = sheet.row(next++);
      sheet.text(row, 0, objective.id().text(), Look.TEXT, objective.depth());
      sheet.text(row, 1, objective.objective().statement(), Look.WRAP, objective.depth());
      sheet.text(row, 2, objective.objective().owner());
      sheet.figure(row, 3, objective.score().score(), UnitFormat.PERCENT);
      sheet.figure(row, 4, objective.score().expected(), UnitFormat.PERCENT);
      sheet.status(row, 5, objective.score().status());
    }
    more(objectives.size(), "objectives: see the OKRs sheet");
  }

  private void redKpis(List<KpiRow> red) {
    heading("Red KPIs", List.of("ID", "KPI", "Owner", "Actual", "Target", "Attainment"));
    if (red.isEmpty()) {
      sheet.text(sheet.row(next++), 1, "None: no KPI is red this month.", Look.NOTE);
    }
    for (KpiRow kpi : first(red)) {
      Row row = sheet.row(next++);
      UnitFormat format = UnitFormat.of(kpi.kpi().unit(), whole(kpi));
      sheet.text(row, 0, kpi.id().text());
      sheet.text(row, 1, kpi.kpi().name(), Look.WRAP);
      sheet.text(row, 2, kpi.kpi().owner());
      sheet.figure(row, 3, kpi.score().month().actual(), format);
      sheet.figure(row, 4, kpi.score().month().target(), format);
      sheet.figure(row, 5, kpi.score().month().attainment(), UnitFormat.PERCENT);
    }
    more(red.size(), "red KPIs: filter the KPIs sheet's Status column");
  }

  private void movers(List<Mover> movers) {
    heading("Biggest movers", List.of("ID", "KPI", "Trend", "Change", "Change %", "Status"));
    if (movers.isEmpty()) {
      sheet.text(
          sheet.row(next++), 1, "No KPI moved since its previous reported month.", Look.NOTE);
    }
    for (Mover mover : movers) {
      Row row = sheet.row(next++);
      KpiRow kpi = mover.kpi();
      UnitFormat format = UnitFormat.of(kpi.kpi().unit(), whole(kpi));
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
    heading("Notes on the plan", List.of("Where", "Note"));
    for (Problem note : first(notes)) {
      Row row = sheet.row(next++);
      String place = note.where().place();
      links
          .to(note.where())
          .ifPresentOrElse(
              link -> sheet.link(row, 0, place, link), () -> sheet.text(row, 0, place));
      sheet.text(row, 1, note.message(), Look.WRAP);
    }
    more(notes.size(), "notes: see the Data quality sheet");
  }

  private void notes(List<Comment> notes) {
    heading("Commentary for the period", List.of("ID", "Commentary", "Author"));
    if (notes.isEmpty()) {
      sheet.text(sheet.row(next++), 1, "No commentary for this month.", Look.NOTE);
    }
    for (Comment note : first(notes)) {
      Row row = sheet.row(next++);
      sheet.text(row, 0, note.id().text());
      sheet.text(row, 1, note.text(), Look.WRAP);
      sheet.text(row, 2, note.author());
    }
    more(notes.size(), "comments: see the KPIs sheet's Commentary column");
  }

  // A long list would push the rest off the screen; the full list is on its own sheet.
  private static <T> List<T> first(List<T> rows) {
    return rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows;
  }

  private void more(int size, String where) {
    if (size > MAX_ROWS) {
      sheet.text(sheet.row(next++), 1, "and " + (size - MAX_ROWS) + " more " + where, Look.NOTE);
    }
  }

  /** A block's title and header row; the next free row after them. */
  private int heading(String title, List<String> columns) {
    closeBlock();
    blockTitle = title;
    blockHeader = next + 2;
    blockColumns = columns;
    next++;
    sheet.text(sheet.row(next++), 0, title, Look.SECTION);
    Row header = sheet.row(next++);
    for (int column = 0; column < columns.size(); column++) {
      sheet.text(header, column, columns.get(column), Look.HEADER);
    }
    return next;
  }

  // The block just written becomes an Excel table, so it can be filtered like the other sheets.
  private void closeBlock() {
    if (blockHeader >= 0) {
      tables.add(blockTitle, blockHeader, next - 1, blockColumns);
      blockHeader = -1;
    }
  }

  private static boolean whole(KpiRow kpi) {
    return Stream.of(kpi.score().month().actual(), kpi.score().month().target())
        .filter(f -> f.isPresent())
        .allMatch(f -> f.value() == Math.rint(f.value()));
  }
}

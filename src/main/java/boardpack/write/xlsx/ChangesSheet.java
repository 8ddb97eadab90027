package boardpack.write.xlsx;

import boardpack.compute.Changes;
import boardpack.compute.MeasureChange;
import boardpack.compute.Restatement;
import boardpack.compute.StatusChange;
import boardpack.write.xlsx.CellStyles.Look;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;

/**
 * The Changes sheet: what changed since the earlier pack, as the changes CSV lists it (statuses,
 * measures added, removed, restated actuals), each restated value's cell linked into the plan.
 */
final class ChangesSheet {

  static final String NAME = "Changes";
  static final int HEADER_ROW = 2;
  static final List<String> COLUMNS =
      List.of("Change", "Kind", "ID", "Name", "Month", "Before", "Now", "Now from");

  private final SheetWriter sheet;
  private final SourceLinks links;
  private int next = HEADER_ROW + 1;

  ChangesSheet(SheetWriter sheet, SourceLinks links) {
    this.sheet = sheet;
    this.links = links;
  }

  void write(String title, Changes changes) {
    sheet.text(sheet.row(0), 0, title, Look.TITLE);
    sheet.text(sheet.row(1), 0, subtitle(changes), Look.SUBTITLE);
    sheet.header(HEADER_ROW, COLUMNS);
    sheet.wrapAt(3, 60);
    for (StatusChange s : changes.statuses()) {
      Row row = measure("Status", s.kind().word(), s.id().text(), s.name());
      sheet.status(row, 5, s.before());
      sheet.status(row, 6, s.now());
    }
    for (MeasureChange m : changes.added()) {
      measure("Added", m.kind().word(), m.id().text(), m.name());
    }
    for (MeasureChange m : changes.removed()) {
      measure("Removed", m.kind().word(), m.id().text(), m.name());
    }
    changes.restated().forEach(this::restated);
    sheet.finishTable(HEADER_ROW, next - 1, COLUMNS.size() - 1, 0);
  }

  private static String subtitle(Changes changes) {
    if (changes.since().isEmpty()) {
      return "No earlier pack's record (an -actuals.csv of an earlier month) was in the output"
          + " folder, so there is nothing to compare with.";
    }
    String since = changes.since().get().format(PageLayout.MONTH_YEAR);
    return changes.count() == 0
        ? "Nothing changed since the " + since + " pack."
        : "Since the " + since + " pack. Restated values link to the cell they now come from.";
  }

  private Row measure(String change, String kind, String id, String name) {
    Row row = sheet.row(next++);
    sheet.text(row, 0, change);
    sheet.text(row, 1, kind);
    sheet.text(row, 2, id);
    sheet.text(row, 3, name, Look.WRAP);
    return row;
  }

  private void restated(Restatement r) {
    Row row = measure("Restated", r.kind().word(), r.id().text(), r.name());
    sheet.month(row, 4, r.month());
    value(row, 5, r.before());
    value(row, 6, r.now());
    r.source()
        .ifPresent(
            source ->
                links
                    .to(source)
                    .ifPresentOrElse(
                        link -> sheet.link(row, 7, source.place(), link),
                        () -> sheet.text(row, 7, source.place())));
  }

  private void value(Row row, int column, Optional<Double> value) {
    if (value.isPresent()) {
      sheet.number(row, column, value.get(), sheet.styles().number(UnitFormat.PLAIN));
    } else {
      sheet.text(row, column, "not reported", Look.DASH);
    }
  }
}

package boardpack.write.csv;

import static boardpack.write.csv.CsvCells.number;
import static boardpack.write.csv.CsvCells.text;

import boardpack.compute.Changes;
import boardpack.compute.MeasureChange;
import boardpack.compute.PackView;
import boardpack.compute.Restatement;
import boardpack.compute.StatusChange;
import boardpack.model.RecordedActual;
import boardpack.model.Source;
import boardpack.write.StagedOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The run's record and what changed since the earlier one, laid out from the view: {@code
 * <org>-<YYYY-MM>-actuals.csv} (every actual the pack was built from) and, when the view was
 * compared with an earlier record, {@code -changes.csv}. Same conventions as the scorecard CSVs.
 */
final class PackRecordCsv {

  static final List<String> ACTUALS_COLUMNS = List.of("id", "period", "value", "source");
  static final List<String> CHANGES_COLUMNS =
      List.of("compared_with", "change", "kind", "id", "name", "month", "before", "now", "source");

  private PackRecordCsv() {}

  /**
   * The record {@code -actuals.csv} and, when compared with an earlier one, {@code -changes.csv}.
   */
  static List<StagedOutput.File> files(PackView view, String stem) {
    List<StagedOutput.File> files = new ArrayList<>();
    files.add(
        new StagedOutput.File(
            stem + "-actuals.csv",
            out ->
                ScorecardCsv.print(
                    out,
                    ACTUALS_COLUMNS,
                    view.actualsRecord().stream().map(PackRecordCsv::actual).toList())));
    Changes changes = view.changes();
    if (changes.comparedWithEarlier()) {
      files.add(
          new StagedOutput.File(
              stem + "-changes.csv",
              out -> ScorecardCsv.print(out, CHANGES_COLUMNS, rows(changes))));
    }
    return files;
  }

  private static List<String> actual(RecordedActual actual) {
    return List.of(
        text(actual.id().text()),
        actual.period().toString(),
        number(actual.value()),
        text(actual.source()));
  }

  private static List<List<String>> rows(Changes changes) {
    String since = changes.since().orElseThrow().toString();
    List<List<String>> rows = new ArrayList<>();
    for (StatusChange s : changes.statuses()) {
      rows.add(
          row(
              since,
              "status",
              s.kind().word(),
              s.id().text(),
              s.name(),
              "",
              s.before().word(),
              s.now().word(),
              ""));
    }
    for (MeasureChange m : changes.added()) {
      rows.add(row(since, "added", m.kind().word(), m.id().text(), m.name(), "", "", "", ""));
    }
    for (MeasureChange m : changes.removed()) {
      rows.add(row(since, "removed", m.kind().word(), m.id().text(), m.name(), "", "", "", ""));
    }
    for (Restatement r : changes.restated()) {
      rows.add(
          row(
              since,
              "restated",
              r.kind().word(),
              r.id().text(),
              r.name(),
              r.month().toString(),
              value(r.before()),
              value(r.now()),
              r.source().map(Source::place).orElse("")));
    }
    return rows;
  }

  private static String value(Optional<Double> value) {
    return value.map(CsvCells::number).orElse("");
  }

  // Every field but the month, the numbers and the fixed words may hold a user's text.
  private static List<String> row(
      String since,
      String change,
      String kind,
      String id,
      String name,
      String month,
      String before,
      String now,
      String source) {
    return List.of(since, change, kind, text(id), text(name), month, before, now, text(source));
  }
}

package boardpack.write.csv;

import boardpack.compute.PackView;
import boardpack.write.OutputName;
import boardpack.write.StagedOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The pack view's rows as three CSV files (outputs.md, CSV): {@code <org>-<YYYY-MM>-kpis.csv},
 * {@code -key-results.csv} and {@code -objectives.csv}. Each starts with a UTF-8 byte-order mark;
 * the columns outputs.md requires come first, then the readable ones.
 */
public final class ScorecardCsv {

  static final List<String> KPI_REQUIRED =
      List.of(
          "id",
          "name",
          "period",
          "actual",
          "target",
          "attainment",
          "status",
          "qtd_actual",
          "qtd_target",
          "qtd_attainment",
          "qtd_status",
          "ytd_actual",
          "ytd_target",
          "ytd_attainment",
          "ytd_status",
          "annual_target",
          "forecast",
          "forecast_attainment",
          "forecast_status",
          "required_run_rate",
          "trend",
          "growth",
          "leads",
          "best_lag",
          "r",
          "strength",
          "needs_okr");
  static final List<String> KPI_READABLE = List.of("owner", "unit", "direction", "leads_name");
  static final List<String> KEY_RESULT_REQUIRED =
      List.of("id", "objective", "current", "progress", "expected", "status", "carry_forward");
  static final List<String> KEY_RESULT_READABLE =
      List.of("statement", "owner", "objective_statement", "team", "kpi", "due");
  static final List<String> OBJECTIVE_REQUIRED = List.of("id", "score", "expected", "status");
  static final List<String> OBJECTIVE_READABLE =
      List.of("statement", "owner", "team", "parent", "start", "end");

  static final List<String> KPI_COLUMNS = concat(KPI_REQUIRED, KPI_READABLE);
  static final List<String> KEY_RESULT_COLUMNS = concat(KEY_RESULT_REQUIRED, KEY_RESULT_READABLE);
  static final List<String> OBJECTIVE_COLUMNS = concat(OBJECTIVE_REQUIRED, OBJECTIVE_READABLE);

  /** Excel on Windows reads a CSV as UTF-8 only when it starts with this mark. */
  static final char BYTE_ORDER_MARK = '\uFEFF';

  private ScorecardCsv() {}

  /**
   * Writes the three files, the run's record of actuals and any changes file into {@code folder}
   * together; their paths, KPIs first.
   */
  public static List<Path> write(PackView view, Path folder) throws IOException {
    try (StagedOutput output = StagedOutput.in(folder)) {
      stage(view, output);
      return output.commit();
    }
  }

  /**
   * Stages the three files, the record {@code -actuals.csv} and, when the view was compared with an
   * earlier record, {@code -changes.csv} (see {@link PackRecordCsv}), for a run that commits them
   * with its other outputs.
   */
  public static void stage(PackView view, StagedOutput output) throws IOException {
    output.writeAll(files(view), 1);
  }

  /** The files {@link #stage} writes, for a run that writes them beside its other outputs. */
  public static List<StagedOutput.File> files(PackView view) {
    String stem = OutputName.stem(view.header().organisation(), view.header().period());
    List<StagedOutput.File> files = new ArrayList<>();
    files.add(
        new StagedOutput.File(
            stem + "-kpis.csv",
            out -> print(out, KPI_COLUMNS, view.kpis().stream().map(CsvRows::kpi).toList())));
    files.add(
        new StagedOutput.File(
            stem + "-key-results.csv",
            out ->
                print(
                    out,
                    KEY_RESULT_COLUMNS,
                    view.keyResults().stream().map(CsvRows::keyResult).toList())));
    files.add(
        new StagedOutput.File(
            stem + "-objectives.csv",
            out ->
                print(
                    out,
                    OBJECTIVE_COLUMNS,
                    view.objectivesInPlanOrder().stream()
                        .map(row -> CsvRows.objective(row, row.parent()))
                        .toList())));
    // the run's record, and changes since the last one
    files.addAll(PackRecordCsv.files(view, stem));
    return files;
  }

  static void print(OutputStream out, List<String> header, List<List<String>> rows)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(BYTE_ORDER_MARK);
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
    printer.printRecord(header);
    printer.printRecords(rows);
    printer.flush();
  }

  private static List<String> concat(List<String> first, List<String> then) {
    return Stream.concat(first.stream(), then.stream()).toList();
  }
}

package boardpack.write.csv;

import static boardpack.write.csv.CsvCells.flag;
import static boardpack.write.csv.CsvCells.number;
import static boardpack.write.csv.CsvCells.status;
import static boardpack.write.csv.CsvCells.strength;
import static boardpack.write.csv.CsvCells.text;
import static boardpack.write.csv.CsvCells.trend;

import boardpack.compute.KeyResultRow;
import boardpack.compute.KpiRow;
import boardpack.compute.ObjectiveRow;
import boardpack.compute.PackView;
import boardpack.model.Id;
import boardpack.model.KeyResultScore;
import boardpack.model.KpiScore;
import boardpack.model.LeadLagPair;
import boardpack.model.Measure;
import boardpack.model.ObjectiveScore;
import boardpack.model.Outlook;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The scorecard's computed rows as three CSV files (outputs.md, CSV): {@code
 * <org>-<YYYY-MM>-kpis.csv}, {@code -key-results.csv} and {@code -objectives.csv}.
 */
public final class ScorecardCsv {

  static final List<String> KPI_COLUMNS =
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
  static final List<String> KEY_RESULT_COLUMNS =
      List.of("id", "objective", "current", "progress", "expected", "status", "carry_forward");
  static final List<String> OBJECTIVE_COLUMNS = List.of("id", "score", "expected", "status");

  private ScorecardCsv() {}

  /** Writes the three files into {@code folder} together; their paths, KPIs first. */
  public static List<Path> write(PackView view, Path folder) throws IOException {
    try (StagedOutput output = StagedOutput.in(folder)) {
      stage(view, output);
      return output.commit();
    }
  }

  /** Stages the three files, for a run that commits them with its other outputs. */
  public static void stage(PackView view, StagedOutput output) throws IOException {
    String stem = OutputName.stem(view.header().organisation(), view.header().period());
    output.write(stem + "-kpis.csv", out -> print(out, KPI_COLUMNS, kpiRows(view)));
    output.write(
        stem + "-key-results.csv", out -> print(out, KEY_RESULT_COLUMNS, keyResultRows(view)));
    output.write(
        stem + "-objectives.csv", out -> print(out, OBJECTIVE_COLUMNS, objectiveRows(view)));
  }

  private static void print(OutputStream out, List<String> header, List<List<String>> rows)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
    printer.printRecord(header);
    printer.printRecords(rows);
    printer.flush();
  }

  private static List<List<String>> kpiRows(PackView view) {
    return view.kpis().stream().map(ScorecardCsv::kpiRow).toList();
  }

  private static List<String> kpiRow(KpiRow kpi) {
    KpiScore score = kpi.score();
    List<String> row = new ArrayList<>(KPI_COLUMNS.size());
    row.add(text(score.id().text()));
    row.add(text(score.kpi().name()));
    row.add(score.shownMonth().toString());
    row.addAll(measure(score.month()));
    row.addAll(measure(score.quarterToDate()));
    row.addAll(measure(score.yearToDate()));
    row.add(number(score.annualTarget()));
    row.addAll(outlook(score.outlook()));
    row.add(trend(score.trend().direction()));
    row.add(number(score.trend().growth()));
    row.addAll(leads(kpi));
    row.add(flag(score.needsOkr()));
    return row;
  }

  private static List<String> measure(Measure measure) {
    return List.of(
        number(measure.actual()),
        number(measure.target()),
        number(measure.attainment()),
        status(measure.status()));
  }

  private static List<String> outlook(Outlook outlook) {
    return List.of(
        number(outlook.forecast()),
        number(outlook.forecastAttainment()),
        status(outlook.forecastStatus()),
        number(outlook.requiredRunRate()));
  }

  // outputs.md: "leads is the ID of the KPI this one leads, and best_lag, r, strength describe that
  // pair"; the view spells the ID as that KPI's own row does.
  private static List<String> leads(KpiRow kpi) {
    String led = kpi.leads().map(Id::text).orElse("");
    if (kpi.leadsPair().isEmpty()) {
      return List.of(text(led), "", "", "");
    }
    LeadLagPair p = kpi.leadsPair().get().pair();
    return List.of(text(led), number(p.bestLag()), number(p.r()), strength(p.strength()));
  }

  private static List<List<String>> keyResultRows(PackView view) {
    return view.keyResults().stream().map(ScorecardCsv::keyResultRow).toList();
  }

  private static List<String> keyResultRow(KeyResultRow row) {
    KeyResultScore score = row.score();
    return List.of(
        text(score.id().text()),
        text(row.objectiveId().text()),
        number(score.current()),
        number(score.progress()),
        number(score.expected()),
        status(score.status()),
        flag(score.carryForward().isPresent()));
  }

  private static List<List<String>> objectiveRows(PackView view) {
    return view.objectivesInPlanOrder().stream().map(ScorecardCsv::objectiveRow).toList();
  }

  private static List<String> objectiveRow(ObjectiveRow row) {
    ObjectiveScore score = row.score();
    return List.of(
        text(score.id().text()),
        number(score.score()),
        number(score.expected()),
        status(score.status()));
  }
}

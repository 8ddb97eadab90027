package boardpack.write.csv;

import static boardpack.write.csv.CsvCells.flag;
import static boardpack.write.csv.CsvCells.number;
import static boardpack.write.csv.CsvCells.status;
import static boardpack.write.csv.CsvCells.strength;
import static boardpack.write.csv.CsvCells.text;
import static boardpack.write.csv.CsvCells.trend;

import boardpack.model.Id;
import boardpack.model.KeyResultScore;
import boardpack.model.Kpi;
import boardpack.model.KpiScore;
import boardpack.model.LeadLagPair;
import boardpack.model.Measure;
import boardpack.model.Objective;
import boardpack.model.ObjectiveScore;
import boardpack.model.Outlook;
import boardpack.model.Scorecard;
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
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
  public static List<Path> write(Scorecard scorecard, Path folder) throws IOException {
    try (StagedOutput output = StagedOutput.in(folder)) {
      stage(scorecard, output);
      return output.commit();
    }
  }

  /** Stages the three files, for a run that commits them with its other outputs. */
  public static void stage(Scorecard scorecard, StagedOutput output) throws IOException {
    String stem = OutputName.stem(scorecard.plan().settings().organisation(), scorecard.period());
    output.write(stem + "-kpis.csv", out -> print(out, KPI_COLUMNS, kpiRows(scorecard)));
    output.write(
        stem + "-key-results.csv", out -> print(out, KEY_RESULT_COLUMNS, keyResultRows(scorecard)));
    output.write(
        stem + "-objectives.csv", out -> print(out, OBJECTIVE_COLUMNS, objectiveRows(scorecard)));
  }

  private static void print(OutputStream out, List<String> header, List<List<String>> rows)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
    printer.printRecord(header);
    printer.printRecords(rows);
    printer.flush();
  }

  private static List<List<String>> kpiRows(Scorecard scorecard) {
    Map<Id, LeadLagPair> pairByLeading =
        scorecard.pairs().stream()
            .collect(
                Collectors.toMap(
                    LeadLagPair::leading, Function.identity(), (first, second) -> first));
    Map<Id, Kpi> kpis = scorecard.plan().kpisById();
    return scorecard.kpis().stream()
        .map(score -> kpiRow(score, Optional.ofNullable(pairByLeading.get(score.id())), kpis))
        .toList();
  }

  private static List<String> kpiRow(
      KpiScore score, Optional<LeadLagPair> pair, Map<Id, Kpi> kpis) {
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
    row.addAll(leads(score.kpi(), pair, kpis));
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
  // pair"; the ID is spelled as that KPI's own row spells it.
  private static List<String> leads(Kpi kpi, Optional<LeadLagPair> pair, Map<Id, Kpi> kpis) {
    Optional<Id> led = pair.map(LeadLagPair::lagging).or(kpi::leads);
    String spelled =
        led.map(id -> kpis.containsKey(id) ? kpis.get(id).id() : id).map(Id::text).orElse("");
    if (pair.isEmpty()) {
      return List.of(text(spelled), "", "", "");
    }
    LeadLagPair p = pair.get();
    return List.of(text(spelled), number(p.bestLag()), number(p.r()), strength(p.strength()));
  }

  private static List<List<String>> keyResultRows(Scorecard scorecard) {
    Map<Id, Objective> objectives = scorecard.plan().objectivesById();
    return scorecard.keyResults().stream().map(score -> keyResultRow(score, objectives)).toList();
  }

  private static List<String> keyResultRow(KeyResultScore score, Map<Id, Objective> objectives) {
    Id objective = score.keyResult().objective();
    Id spelled = objectives.containsKey(objective) ? objectives.get(objective).id() : objective;
    return List.of(
        text(score.id().text()),
        text(spelled.text()),
        number(score.current()),
        number(score.progress()),
        number(score.expected()),
        status(score.status()),
        flag(score.carryForward().isPresent()));
  }

  private static List<List<String>> objectiveRows(Scorecard scorecard) {
    return scorecard.objectives().stream().map(ScorecardCsv::objectiveRow).toList();
  }

  private static List<String> objectiveRow(ObjectiveScore score) {
    return List.of(
        text(score.id().text()),
        number(score.score()),
        number(score.expected()),
        status(score.status()));
  }
}

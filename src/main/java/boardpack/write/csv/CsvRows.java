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
import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.KeyResultScore;
import boardpack.model.Kpi;
import boardpack.model.KpiScore;
import boardpack.model.LeadLagPair;
import boardpack.model.Measure;
import boardpack.model.Objective;
import boardpack.model.ObjectiveScore;
import boardpack.model.Outlook;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One CSV row per view row, in {@link ScorecardCsv}'s column order. Lays out; never computes. */
final class CsvRows {

  private CsvRows() {}

  static List<String> kpi(KpiRow kpi) {
    KpiScore score = kpi.score();
    List<String> row = new ArrayList<>(ScorecardCsv.KPI_COLUMNS.size());
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
    Kpi k = score.kpi();
    row.add(text(k.owner()));
    row.add(text(k.unit().text()));
    row.add(k.direction().word());
    row.add(text(kpi.leadsPair().map(p -> p.lagging().kpi().name()).orElse("")));
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

  static List<String> keyResult(KeyResultRow row) {
    KeyResultScore score = row.score();
    KeyResult kr = row.keyResult();
    return List.of(
        text(score.id().text()),
        text(row.objectiveId().text()),
        number(score.current()),
        number(score.progress()),
        number(score.expected()),
        status(score.status()),
        flag(score.carryForward().isPresent()),
        text(kr.statement()),
        text(kr.owner()),
        text(row.objective().map(Objective::statement).orElse("")),
        text(row.objective().map(Objective::team).orElse("")),
        text(row.kpi().map(k -> k.id().text()).or(() -> kr.kpi().map(Id::text)).orElse("")),
        kr.due().toString());
  }

  static List<String> objective(ObjectiveRow row, Optional<Id> parent) {
    ObjectiveScore score = row.score();
    Objective o = row.objective();
    return List.of(
        text(score.id().text()),
        number(score.score()),
        number(score.expected()),
        status(score.status()),
        text(o.statement()),
        text(o.owner()),
        text(o.team()),
        text(parent.map(Id::text).orElse("")),
        o.start().toString(),
        o.end().toString());
  }
}

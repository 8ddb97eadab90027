package boardpack.write.xlsx;

import boardpack.model.Direction;
import boardpack.model.Figure;
import boardpack.model.Id;
import boardpack.model.KpiScore;
import boardpack.model.LeadLagPair;
import boardpack.model.Measure;
import boardpack.model.Scorecard;
import boardpack.model.Source;
import boardpack.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One KPI row as the KPIs sheet lays it out: the score, its variance B/(W), where its month actual
 * and target came from, and the KPIs it leads and is led by.
 *
 * @param targetFromAnnual the month's target is derived from the annual target cell
 */
record KpiLine(
    KpiScore score,
    Figure variance,
    Figure variancePercent,
    Optional<Source> actualSource,
    Optional<Source> targetSource,
    boolean targetFromAnnual,
    Optional<Id> leads,
    List<Id> ledBy) {

  static List<KpiLine> of(Scorecard scorecard) {
    Map<Id, LeadLagPair> pairByLeading = new HashMap<>();
    Map<Id, List<Id>> ledBy = new HashMap<>();
    for (LeadLagPair pair : scorecard.pairs()) {
      pairByLeading.putIfAbsent(pair.leading(), pair);
      ledBy.computeIfAbsent(pair.lagging(), id -> new ArrayList<>()).add(pair.leading());
    }
    List<KpiLine> lines = new ArrayList<>();
    for (KpiScore score : scorecard.kpis()) {
      Optional<Id> leads =
          Optional.ofNullable(pairByLeading.get(score.id()))
              .map(LeadLagPair::lagging)
              .or(score.kpi()::leads);
      lines.add(line(scorecard, score, leads, ledBy.getOrDefault(score.id(), List.of())));
    }
    return lines;
  }

  private static KpiLine line(Scorecard scorecard, KpiScore score, Optional<Id> leads, List<Id> ledBy) {
    Measure month = score.month();
    Optional<Source> actual =
        scorecard.plan().actualsOf(score.id()).at(score.shownMonth()).map(Value::source);
    Optional<Source> targetCell =
        scorecard.plan().targetsOf(score.id()).at(score.shownMonth()).map(Value::source);
    Optional<Source> annual = score.kpi().annualTarget().map(Value::source);
    boolean fromAnnual = month.target().isPresent() && targetCell.isEmpty() && annual.isPresent();
    Optional<Source> target =
        month.target().isAbsent() ? Optional.empty() : targetCell.or(() -> annual);
    Figure variance = variance(score.kpi().direction(), month);
    return new KpiLine(
        score,
        variance,
        variancePercent(variance, month.target()),
        month.actual().isPresent() ? actual : Optional.empty(),
        target,
        fromAnnual,
        leads,
        ledBy);
  }

  // Finance's B/(W): favourable positive, so a cost below its target is a positive variance.
  private static Figure variance(Direction direction, Measure month) {
    if (direction == Direction.WITHIN_RANGE) {
      return Figure.absent("a within-range KPI has a band, not a target");
    }
    if (month.actual().isAbsent() || month.target().isAbsent()) {
      return Figure.absent(month.actual().reason().or(month.target()::reason).orElseThrow());
    }
    double difference = month.actual().value() - month.target().value();
    return Figure.of(direction == Direction.LOWER_IS_BETTER ? -difference : difference);
  }

  private static Figure variancePercent(Figure variance, Figure target) {
    if (variance.isAbsent()) {
      return variance;
    }
    return target.value() == 0
        ? Figure.absent("the target is 0")
        : Figure.of(variance.value() / Math.abs(target.value()));
  }
}

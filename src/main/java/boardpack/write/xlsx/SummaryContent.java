package boardpack.write.xlsx;

import boardpack.model.Comment;
import boardpack.model.Id;
import boardpack.model.KeyResultScore;
import boardpack.model.KpiScore;
import boardpack.model.ObjectiveScore;
import boardpack.model.Scorecard;
import boardpack.model.Status;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the Summary sheet shows, selected from the scorecard. */
record SummaryContent(
    Map<Status, Long> kpiCounts,
    Map<Status, Long> keyResultCounts,
    Map<Status, Long> objectiveCounts,
    List<ObjectiveScore> objectives,
    List<KpiScore> redKpis,
    List<KpiScore> movers,
    List<Id> needsOkr,
    List<KeyResultScore> proposedKpis,
    List<Id> atRiskAhead,
    List<Id> earlyWarnings,
    List<Comment> notes) {

  static final int MOVERS = 5;

  static SummaryContent of(Scorecard scorecard, List<ObjectiveScore> cascade) {
    List<KpiScore> kpis = scorecard.kpis();
    return new SummaryContent(
        counts(kpis.stream().map(k -> k.month().status()).toList()),
        counts(scorecard.keyResults().stream().map(KeyResultScore::status).toList()),
        counts(scorecard.objectives().stream().map(ObjectiveScore::status).toList()),
        cascade,
        kpis.stream().filter(k -> k.month().status() == Status.RED).toList(),
        kpis.stream()
            .filter(k -> k.trend().changePercent().isPresent())
            .sorted(
                Comparator.comparingDouble(
                    (KpiScore k) -> -Math.abs(k.trend().changePercent().value())))
            .limit(MOVERS)
            .toList(),
        ids(kpis, KpiScore::needsOkr),
        scorecard.keyResults().stream().filter(kr -> kr.carryForward().isPresent()).toList(),
        ids(kpis, KpiScore::atRiskAhead),
        ids(kpis, KpiScore::earlyWarning),
        scorecard.plan().commentary().stream()
            .filter(c -> c.period().equals(scorecard.period()))
            .toList());
  }

  private static Map<Status, Long> counts(List<Status> statuses) {
    return statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static List<Id> ids(List<KpiScore> kpis, java.util.function.Predicate<KpiScore> flag) {
    return kpis.stream().filter(flag).map(KpiScore::id).toList();
  }
}

package boardpack.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Generates one objective per five KPIs in an eight-wide cascade (a company objective, team
 * objectives under it, and so on), each with three key results: one measured by a KPI, one with its
 * own row of actuals (Increase or Decrease), and a Milestone or a Threshold.
 */
final class OkrGenerator {

  private static final String[] VERBS = {
    "Grow", "Improve", "Simplify", "Launch", "Scale", "Protect", "Modernise", "Win"
  };
  private static final String[] AIMS = {
    "recurring revenue", "customer retention", "delivery speed", "the partner channel",
    "data quality", "gross margin", "the onboarding journey", "team engagement"
  };

  private final Random random;
  private final List<String> owners;
  private final List<BenchKpi> kpis;

  OkrGenerator(Random random, List<String> owners, List<BenchKpi> kpis) {
    this.random = random;
    this.owners = owners;
    this.kpis = kpis;
  }

  List<BenchObjective> objectives(int count) {
    List<BenchObjective> objectives = new ArrayList<>();
    for (int j = 0; j < count; j++) {
      YearMonth start =
          j % 4 == 0 ? YearMonth.of(2026, 4) : YearMonth.of(2026, j % 4 == 2 ? 7 : 10);
      YearMonth end = j % 4 == 0 ? YearMonth.of(2027, 3) : start.plusMonths(2);
      int ownerIndex = random.nextInt(owners.size());
      objectives.add(
          new BenchObjective(
              id(j),
              VERBS[random.nextInt(VERBS.length)] + " " + AIMS[random.nextInt(AIMS.length)],
              owners.get(ownerIndex),
              People.teamOf(ownerIndex),
              j == 0 ? null : id((j - 1) / People.TEAMS.size()),
              start,
              end,
              j % 2 == 0 ? kpis.get(j * 5).id() : null));
    }
    return objectives;
  }

  List<BenchKeyResult> keyResults(List<BenchObjective> objectives) {
    List<BenchKeyResult> keyResults = new ArrayList<>();
    for (int j = 0; j < objectives.size(); j++) {
      BenchObjective objective = objectives.get(j);
      keyResults.add(measuredByKpi(objective, j));
      keyResults.add(ownRow(objective, j));
      keyResults.add(j % 2 == 0 ? milestone(objective) : threshold(objective));
    }
    return keyResults;
  }

  private static String id(int index) {
    return String.format("O%04d", index + 1);
  }

  /** Increase on the first Higher is better monthly KPI among the objective's five, if any. */
  private BenchKeyResult measuredByKpi(BenchObjective objective, int index) {
    for (BenchKpi kpi : kpis.subList(index * 5, index * 5 + 5)) {
      Kind kind = kpi.kind();
      if (kind.higherIsBetter() && !kind.isQuarterly() && kind != Kind.HEADCOUNT) {
        double start = latestBefore(kpi, objective.start());
        double target = kind.round(kind.unit.equals("%") ? start + 0.05 : start * 1.1);
        return keyResult(objective, 1, "Lift " + kpi.name(), "Outcome", "Increase", start, target)
            .withKpi(kpi.id(), index % 4 == 0 ? 2.0 : null);
      }
    }
    return ownRow(objective, index, 1);
  }

  /** The KPI's latest reported actual before the month: where the key result starts. */
  private static double latestBefore(BenchKpi kpi, YearMonth month) {
    for (int m = Months.index(month) - 1; m >= 0; m--) {
      if (!Double.isNaN(kpi.actuals()[m])) {
        return kpi.actuals()[m];
      }
    }
    return kpi.kind().lowestLevel;
  }

  private BenchKeyResult ownRow(BenchObjective objective, int index) {
    return ownRow(objective, index, 2);
  }

  private BenchKeyResult ownRow(BenchObjective objective, int index, int number) {
    boolean decrease = index % 3 == 0;
    double start = decrease ? 200 + random.nextInt(300) : 0;
    double target = decrease ? Math.rint(start * 0.6) : 10 + random.nextInt(90);
    SortedMap<YearMonth, Object> values = new TreeMap<>();
    int months =
        (int) objective.start().until(objective.end(), java.time.temporal.ChronoUnit.MONTHS);
    for (YearMonth m = objective.start(); !m.isAfter(last(objective)); m = m.plusMonths(1)) {
      double done =
          (objective.start().until(m, java.time.temporal.ChronoUnit.MONTHS) + 1.0) / (months + 1);
      double pace = done * (0.7 + random.nextDouble() * 0.5);
      values.put(m, new Num(Math.rint(start + (target - start) * pace), Num.Format.WHOLE));
    }
    String statement =
        decrease
            ? "Cut open tickets from " + (int) start + " to " + (int) target
            : "Sign " + (int) target + " new partners";
    return keyResult(
            objective, number, statement, null, decrease ? "Decrease" : "Increase", start, target)
        .withActuals(values);
  }

  /** Progress fractions, "Done" once complete. */
  private BenchKeyResult milestone(BenchObjective objective) {
    SortedMap<YearMonth, Object> values = new TreeMap<>();
    double progress = 0;
    for (YearMonth m = objective.start(); !m.isAfter(last(objective)); m = m.plusMonths(1)) {
      progress = Math.min(1, progress + 0.1 + random.nextInt(3) * 0.1);
      values.put(
          m, progress >= 1 ? "Done" : new Num(Math.rint(progress * 10) / 10, Num.Format.PERCENT));
    }
    return keyResult(
            objective,
            3,
            "Ship the new " + objective.team() + " dashboard",
            null,
            "Milestone",
            Double.NaN,
            Double.NaN)
        .withActuals(values);
  }

  /** A score to keep inside a band: most months inside, a few out. */
  private BenchKeyResult threshold(BenchObjective objective) {
    SortedMap<YearMonth, Object> values = new TreeMap<>();
    for (YearMonth m = objective.start(); !m.isAfter(last(objective)); m = m.plusMonths(1)) {
      values.put(m, new Num(Math.rint(50 + 12 * random.nextGaussian()), Num.Format.WHOLE));
    }
    BenchKeyResult keyResult =
        keyResult(
            objective,
            3,
            "Keep NPS between 40 and 60",
            "Outcome",
            "Threshold",
            Double.NaN,
            Double.NaN);
    return keyResult.withBand(40, 60).withActuals(values);
  }

  private BenchKeyResult keyResult(
      BenchObjective objective,
      int number,
      String statement,
      String type,
      String metric,
      double start,
      double target) {
    return new BenchKeyResult(
        "KR" + objective.id().substring(1) + "." + number,
        objective.id(),
        statement,
        owners.get(random.nextInt(owners.size())),
        type,
        metric,
        start,
        target,
        Double.NaN,
        Double.NaN,
        null,
        null,
        new TreeMap<>());
  }

  /** Values run to the objective's end or the reporting month, whichever comes first. */
  private static YearMonth last(BenchObjective objective) {
    return objective.end().isBefore(Months.REPORTING) ? objective.end() : Months.REPORTING;
  }
}

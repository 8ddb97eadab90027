package boardpack.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Generates KPIs with realistic series: a level, growth, seasonality and noise, a few months not
 * reported. Every third KPI has a Targets row; in every ten, a leading KPI (sales calls) drives the
 * revenue after it two months later.
 */
final class KpiGenerator {

  private static final String[] SOURCES = {
    "Xero general ledger", "HubSpot CRM", "Zendesk", "Warehouse WMS", "BambooHR", "Google Analytics"
  };

  /** How much better than the expected value a target asks for. */
  private static final double STRETCH = 0.04;

  private final Random random;
  private final List<String> owners;

  KpiGenerator(Random random, List<String> owners) {
    this.random = random;
    this.owners = owners;
  }

  List<BenchKpi> generate(int count) {
    List<BenchKpi> kpis = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean leading = i % 10 == 8 && i + 1 < count;
      boolean lagging = i % 10 == 9;
      Kind kind = leading ? Kind.CALLS : lagging ? Kind.REVENUE : pick(i);
      String leads = leading ? id(i + 1) : null;
      Integer lag = leading && i % 20 == 8 ? 2 : null;
      Series series = lagging && i > 0 ? followerOf(kpis.get(i - 1)) : series(kind);
      kpis.add(kpi(i, kind, series, leads, lag, i % 3 == 0));
    }
    return kpis;
  }

  static String id(int index) {
    return String.format("K%04d", index + 1);
  }

  private Kind pick(int index) {
    Kind[] kinds = index % 3 == 0 ? Kind.TARGETED : Kind.ANY;
    return kinds[random.nextInt(kinds.length)];
  }

  private BenchKpi kpi(
      int index, Kind kind, Series series, String leads, Integer lag, boolean targeted) {
    int ownerIndex = random.nextInt(owners.size());
    String owner = owners.get(ownerIndex);
    String team = People.teamOf(ownerIndex);
    boolean band = kind.isBand();
    double stretch = kind.higherIsBetter() ? 1 + STRETCH : 1 - STRETCH;
    return new BenchKpi(
        id(index),
        kind.name + " – " + team + " " + (index + 1),
        owner,
        kind,
        band ? Double.NaN : kind.round(series.annual(kind) * stretch),
        band ? kind.round(series.level * 0.85) : Double.NaN,
        band ? kind.round(series.level * 1.15) : Double.NaN,
        leads,
        lag,
        SOURCES[random.nextInt(SOURCES.length)],
        actuals(kind, series),
        targeted ? targets(kind, series, stretch) : null);
  }

  private Series series(Kind kind) {
    double level = kind.lowestLevel + random.nextDouble() * (kind.highestLevel - kind.lowestLevel);
    double growth = kind.isBand() ? 0 : -0.005 + random.nextDouble() * 0.02;
    double season = random.nextDouble() * 0.15;
    double noise = kind.isBand() ? 0.1 : 0.02 + random.nextDouble() * 0.06;
    double[] expected = new double[Months.ACTUAL_MONTHS + 6];
    for (int m = 0; m < expected.length; m++) {
      expected[m] =
          level * StrictMath.pow(1 + growth, m) * (1 + season * StrictMath.sin(m * Math.PI / 6));
    }
    return new Series(level, expected, noise);
  }

  /** Revenue that follows the sales calls two months before it, at about £120 a call. */
  private Series followerOf(BenchKpi leader) {
    double[] calls = leader.actuals();
    double[] expected = new double[Months.ACTUAL_MONTHS + 6];
    double latest = Arrays.stream(calls).filter(v -> !Double.isNaN(v)).findFirst().orElse(1_000);
    for (int m = 0; m < expected.length; m++) {
      int month = Math.max(0, Math.min(m - 2, Months.ACTUAL_MONTHS - 1));
      latest = Double.isNaN(calls[month]) ? latest : calls[month]; // a month not reported: the last
      expected[m] = 120 * latest;
    }
    return new Series(expected[0], expected, 0.05);
  }

  private double[] actuals(Kind kind, Series series) {
    double[] actuals = new double[Months.ACTUAL_MONTHS];
    for (int m = 0; m < actuals.length; m++) {
      boolean reported =
          (!kind.isQuarterly() || Months.isQuarterEnd(Months.actual(m)))
              && random.nextDouble() >= (m == actuals.length - 1 ? 0.03 : 0.015);
      double value = series.expected[m] * (1 + series.noise * random.nextGaussian());
      actuals[m] = reported ? kind.round(value) : Double.NaN;
    }
    return actuals;
  }

  private static double[] targets(Kind kind, Series series, double stretch) {
    double[] targets = new double[Months.TARGET_MONTHS];
    for (int t = 0; t < targets.length; t++) {
      targets[t] = kind.round(series.expected[Months.index(Months.target(t))] * stretch);
    }
    return targets;
  }

  /** The expected value of each month from the first actual, six months past the reporting one. */
  private record Series(double level, double[] expected, double noise) {

    /** The fiscal year April 2026 to March 2027, combined as the KPI's aggregation does. */
    double annual(Kind kind) {
      int first = Months.index(java.time.YearMonth.of(2026, 4));
      double[] year = Arrays.copyOfRange(expected, first, first + 12);
      if (kind.isQuarterly()) {
        return year[2] + year[5] + year[8] + year[11];
      }
      return switch (kind.aggregation == null ? "Average" : kind.aggregation) {
        case "Sum" -> Arrays.stream(year).sum();
        case "Last" -> year[11];
        default -> Arrays.stream(year).average().orElseThrow();
      };
    }
  }
}

package boardpack.compute;

import boardpack.model.Figure;
import boardpack.model.Id;
import boardpack.model.Kpi;
import boardpack.model.KpiScore;
import boardpack.model.LagFit;
import boardpack.model.LeadLagPair;
import boardpack.model.Plan;
import boardpack.model.Prediction;
import boardpack.model.Problem;
import boardpack.model.Series;
import boardpack.model.Strength;
import boardpack.model.Value;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** calculations.md, leading and lagging indicators: each KPI L whose Leads names a KPI K. */
final class LeadLag {

  static final int MAX_LAG = 6;
  static final int MIN_PAIRS = 6;

  /** Every pair of a plan, in the leading KPIs' order, and the warnings the pairs raise. */
  record Analysis(List<LeadLagPair> pairs, List<Problem> warnings) {

    Analysis {
      pairs = List.copyOf(pairs);
      warnings = List.copyOf(warnings);
    }
  }

  /** The months paired at one lag: L(m) and K(m + k). */
  record Pairs(double[] leading, double[] lagging) {

    int size() {
      return leading.length;
    }
  }

  private LeadLag() {}

  /** Pairs every KPI that names a Leads with that KPI; {@code scores} holds every KPI's score. */
  static Analysis analyse(Plan plan, Map<Id, KpiScore> scores, YearMonth period) {
    List<LeadLagPair> pairs = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    for (Kpi leading : plan.kpis()) {
      if (leading.leads().isEmpty()) {
        continue;
      }
      KpiScore lagging = scores.get(leading.leads().get());
      if (lagging == null) {
        warnings.add(
            Problem.warning(
                leading.source(),
                leading.id()
                    + " leads "
                    + leading.leads().get()
                    + ", which is not a KPI of this plan; the pair is not analysed"));
        continue;
      }
      LeadLagPair pair = pair(scores.get(leading.id()), lagging.kpi(), plan, period);
      pairs.add(pair);
      withinRangeWarning(leading, lagging.kpi()).ifPresent(warnings::add);
    }
    return new Analysis(pairs, warnings);
  }

  /** One pair, analysed as calculations.md says; {@code leading} gives L's KPI and its trend. */
  static LeadLagPair pair(KpiScore leading, Kpi lagging, Plan plan, YearMonth period) {
    Kpi l = leading.kpi();
    OptionalInt sign = expectedSign(l, lagging);
    if (sign.isEmpty()) {
      return unfitted(l, lagging, List.of(), false, withinRangeNote(l, lagging));
    }
    LeadLagData data = new LeadLagData(l, lagging, plan, period);
    List<LagFit> lags = lagsTried(l).mapToObj(k -> lagFit(data, k)).toList();
    boolean atRiskAhead = atRiskAhead(leading);
    Optional<LagFit> best = bestLag(lags, sign.getAsInt());
    if (best.isEmpty()) {
      String note = "no lag has " + MIN_PAIRS + " pairs of reported months that vary";
      return unfitted(l, lagging, lags, atRiskAhead, note);
    }
    return LagPrediction.pair(data, lags, best.get(), atRiskAhead);
  }

  /** +1 when both KPIs have the same direction, else -1; none when either is Within range. */
  static OptionalInt expectedSign(Kpi leading, Kpi lagging) {
    if (leading.isWithinRange() || lagging.isWithinRange()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(leading.direction() == lagging.direction() ? 1 : -1);
  }

  /** Lags 0 to 6, or only the KPI's Lag when it is filled. */
  static IntStream lagsTried(Kpi leading) {
    return leading.lag().map(IntStream::of).orElseGet(() -> IntStream.rangeClosed(0, MAX_LAG));
  }

  /** L(m) with K(m + k) over months where both are reported and m + k <= P. */
  static Pairs pairs(Series leading, Series lagging, int lag, YearMonth period) {
    List<double[]> found = new ArrayList<>();
    for (var entry : leading.values().headMap(period.minusMonths(lag), true).entrySet()) {
      Optional<Value> later = lagging.at(entry.getKey().plusMonths(lag));
      later.ifPresent(k -> found.add(new double[] {entry.getValue().number(), k.number()}));
    }
    double[] l = found.stream().mapToDouble(p -> p[0]).toArray();
    double[] k = found.stream().mapToDouble(p -> p[1]).toArray();
    return new Pairs(l, k);
  }

  /** Pearson's r at one lag, with at least 6 pairs and both sides varying. */
  static LagFit lagFit(LeadLagData data, int lag) {
    Pairs pairs = data.pairsAt(lag);
    return new LagFit(lag, pairs.size(), correlation(data, pairs));
  }

  private static Figure correlation(LeadLagData data, Pairs pairs) {
    if (pairs.size() < MIN_PAIRS) {
      return Figure.absent(pairs.size() + " pairs of reported months; " + MIN_PAIRS + " needed");
    }
    if (Statistics.isConstant(pairs.leading())) {
      return Figure.absent(Reasons.sameInEveryPair(data.leading().id()));
    }
    if (Statistics.isConstant(pairs.lagging())) {
      return Figure.absent(Reasons.sameInEveryPair(data.lagging().id()));
    }
    double r = Statistics.pearson(pairs.leading(), pairs.lagging());
    return Double.isNaN(r) ? Figure.absent(Reasons.TOO_LARGE) : Figure.of(r);
  }

  /** The lag that maximises sign * r; lags come smallest first, so a tie keeps the smaller. */
  static Optional<LagFit> bestLag(List<LagFit> lags, int sign) {
    LagFit best = null;
    for (LagFit fit : lags) {
      if (fit.r().isPresent()
          && (best == null || sign * fit.r().value() > sign * best.r().value())) {
        best = fit;
      }
    }
    return Optional.ofNullable(best);
  }

  /** abs(r) >= 0.7 strong, >= 0.4 moderate, else weak. */
  static Strength strength(double r) {
    double size = Math.abs(r);
    if (size >= 0.7) {
      return Strength.STRONG;
    }
    return size >= 0.4 ? Strength.MODERATE : Strength.WEAK;
  }

  /** K is at risk ahead when L's trend is worsening. */
  static boolean atRiskAhead(KpiScore leading) {
    return leading.trend().isWorsening();
  }

  /** A pair with a Within range KPI has no expected sign: warned at the leading KPI's source. */
  static Optional<Problem> withinRangeWarning(Kpi leading, Kpi lagging) {
    if (expectedSign(leading, lagging).isPresent()) {
      return Optional.empty();
    }
    Id banded = leading.isWithinRange() ? leading.id() : lagging.id();
    return Optional.of(
        Problem.warning(
            leading.source(),
            leading.id()
                + " leads "
                + lagging.id()
                + ", but "
                + banded
                + " is Within range, so the pair has no expected sign and is not"
                + " analysed; lead a KPI that is Higher or Lower is better, or leave Leads blank"));
  }

  private static String withinRangeNote(Kpi leading, Kpi lagging) {
    Id banded = leading.isWithinRange() ? leading.id() : lagging.id();
    return "not analysed: " + banded + " is Within range, so the pair has no expected sign";
  }

  private static LeadLagPair unfitted(
      Kpi leading, Kpi lagging, List<LagFit> lags, boolean atRiskAhead, String note) {
    Figure none = Figure.absent(note);
    return new LeadLagPair(
        leading.id(),
        lagging.id(),
        lags,
        Optional.empty(),
        none,
        0,
        Optional.empty(),
        none,
        none,
        List.<Prediction>of(),
        atRiskAhead,
        note);
  }

  /** What a pair's analysis reads: both KPIs, the plan and the reporting month P. */
  record LeadLagData(Kpi leading, Kpi lagging, Plan plan, YearMonth period) {

    Series leadingActuals() {
      return plan.actualsOf(leading.id());
    }

    Pairs pairsAt(int lag) {
      return pairs(leadingActuals(), plan.actualsOf(lagging.id()), lag, period);
    }
  }
}

package boardpack.compute;

import boardpack.model.Figure;
import boardpack.model.Kpi;
import boardpack.model.LagFit;
import boardpack.model.LeadLagPair;
import boardpack.model.Measure;
import boardpack.model.Plan;
import boardpack.model.Prediction;
import boardpack.model.Strength;
import boardpack.model.Value;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * calculations.md, leading and lagging indicators: with best lag k >= 1 and at least moderate
 * strength, fit K(m + k) = alpha + beta * L(m) and predict K for months P + 1 .. P + k.
 */
final class LagPrediction {

  private LagPrediction() {}

  /** alpha, beta and the predictions, or alpha and beta absent with the reason. */
  record Fit(Figure alpha, Figure beta, List<Prediction> predictions) {

    static Fit none(String reason) {
      return new Fit(Figure.absent(reason), Figure.absent(reason), List.of());
    }
  }

  /** The pair at its best lag: strength, and the fit and predictions when they apply. */
  static LeadLagPair pair(
      LeadLag.LeadLagData data, List<LagFit> lags, LagFit best, boolean atRiskAhead) {
    Strength strength = LeadLag.strength(best.r().value());
    Fit fit =
        noFitReason(best.lag(), strength).map(Fit::none).orElseGet(() -> fit(data, best.lag()));
    return new LeadLagPair(
        data.leading().id(),
        data.lagging().id(),
        lags,
        Optional.of(best.lag()),
        best.r(),
        best.pairs(),
        Optional.of(strength),
        fit.alpha(),
        fit.beta(),
        fit.predictions(),
        atRiskAhead,
        "");
  }

  private static Fit fit(LeadLag.LeadLagData data, int lag) {
    Statistics.Line line = regression(data, lag);
    Figure alpha = Statistics.finite(line.alpha());
    Figure beta = Statistics.finite(line.beta());
    if (alpha.isAbsent() || beta.isAbsent()) {
      return Fit.none(Reasons.TOO_LARGE);
    }
    return new Fit(alpha, beta, predictions(data, line, lag));
  }

  /** Only a best lag of 1 or more with at least moderate strength is fitted. */
  static Optional<String> noFitReason(int lag, Strength strength) {
    if (lag < 1) {
      return Optional.of(Reasons.LAG_ZERO);
    }
    if (strength == Strength.WEAK) {
      return Optional.of(Reasons.WEAK);
    }
    return Optional.empty();
  }

  /** K(m + k) = alpha + beta * L(m) by least squares on the pairs at lag k. */
  static Statistics.Line regression(LeadLag.LeadLagData data, int lag) {
    LeadLag.Pairs pairs = data.pairsAt(lag);
    return Statistics.fit(pairs.leading(), pairs.lagging());
  }

  /**
   * K at P + j for j = 1 .. k from L(P + j - k), which is already reported; a month whose L is not
   * reported gets no prediction.
   */
  static List<Prediction> predictions(LeadLag.LeadLagData data, Statistics.Line line, int lag) {
    List<Prediction> predictions = new ArrayList<>();
    for (int j = 1; j <= lag; j++) {
      YearMonth month = data.period().plusMonths(j);
      Optional<Value> leading = data.leadingActuals().at(data.period().plusMonths(j - lag));
      if (leading.isPresent() && Double.isFinite(line.at(leading.get().number()))) {
        predictions.add(
            prediction(data.lagging(), month, line.at(leading.get().number()), data.plan()));
      }
    }
    return predictions;
  }

  /** A prediction graded against K's target for its month, as an actual would be. */
  static Prediction prediction(Kpi lagging, YearMonth month, double predicted, Plan plan) {
    Measure graded =
        KpiMonth.grade(
            lagging,
            Figure.of(predicted),
            KpiSeries.of(lagging, plan).target(month),
            plan.settings().amberTolerance());
    return new Prediction(month, predicted, graded.target(), graded.attainment(), graded.status());
  }
}

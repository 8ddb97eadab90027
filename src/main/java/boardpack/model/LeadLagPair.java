package boardpack.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * calculations.md, leading and lagging indicators: one leading KPI and the KPI it leads.
 *
 * @param lags r for every lag tried, smallest lag first
 * @param bestLag the lag that maximises sign * r (ties: the smaller); empty when none had 6 pairs
 *     or the pair is not analysed ({@code note} says why)
 * @param r, pairs r and number of pairs at the best lag
 * @param alpha, beta the fit K(m + k) = alpha + beta * L(m), when the best lag is 1 or more and the
 *     strength at least moderate
 * @param atRiskAhead the leading KPI's trend is worsening
 * @param note why the pair was not analysed, or empty
 */
public record LeadLagPair(
    Id leading,
    Id lagging,
    List<LagFit> lags,
    Optional<Integer> bestLag,
    Figure r,
    int pairs,
    Optional<Strength> strength,
    Figure alpha,
    Figure beta,
    List<Prediction> predictions,
    boolean atRiskAhead,
    String note) {

  public LeadLagPair {
    Objects.requireNonNull(leading, "leading");
    Objects.requireNonNull(lagging, "lagging");
    lags = List.copyOf(lags);
    Objects.requireNonNull(bestLag, "bestLag");
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(alpha, "alpha");
    Objects.requireNonNull(beta, "beta");
    predictions = List.copyOf(predictions);
    Objects.requireNonNull(note, "note");
  }
}

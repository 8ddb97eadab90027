package boardpack.compute;

import boardpack.model.KpiScore;
import boardpack.model.LeadLagPair;
import java.util.Objects;

/** A lead/lag pair joined to the scores of both its KPIs. */
public record PairRow(LeadLagPair pair, KpiScore leading, KpiScore lagging) {

  public PairRow {
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(leading, "leading");
    Objects.requireNonNull(lagging, "lagging");
  }
}

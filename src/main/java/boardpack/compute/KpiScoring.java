package boardpack.compute;

import boardpack.model.KpiScore;
import boardpack.model.Kpi;
import boardpack.model.Plan;
import java.time.YearMonth;

/** calculations.md, every KPI rule: month, QTD, YTD, outlook, trend, history. */
public final class KpiScoring {

  private KpiScoring() {}

  /** The KPI's row of the scorecard at {@code period}, with the cycle flags still false. */
  public static KpiScore score(Kpi kpi, Plan plan, YearMonth period) {
    throw new UnsupportedOperationException("not yet written");
  }
}

package boardpack.compute;

import boardpack.model.Plan;
import boardpack.model.Scorecard;
import java.time.YearMonth;

/** The whole calculation: (Plan, YearMonth) -> Scorecard, a pure function. */
public final class ScorecardEngine {

  private ScorecardEngine() {}

  public static Scorecard compute(Plan plan, YearMonth period) {
    throw new UnsupportedOperationException("not yet written");
  }
}

package boardpack.compute;

import boardpack.model.Prediction;
import java.util.Objects;

/** A prediction from a leading KPI that grades its lagging KPI red (calculations.md). */
public record EarlyWarning(PairRow pair, Prediction prediction) {

  public EarlyWarning {
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(prediction, "prediction");
  }
}

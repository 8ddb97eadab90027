package boardpack.compute;

import boardpack.model.Figure;
import java.util.Objects;

/**
 * A KPI that moved most since its previous reported month: the trend's change and change percent,
 * with whether the move is good for this KPI's direction.
 */
public record Mover(KpiRow kpi, Figure change, Figure changePercent, Effect effect) {

  public Mover {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(changePercent, "changePercent");
    Objects.requireNonNull(effect, "effect");
  }
}

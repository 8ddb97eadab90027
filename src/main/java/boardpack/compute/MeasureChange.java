package boardpack.compute;

import boardpack.model.Id;
import boardpack.model.MeasureKind;
import java.util.Objects;

/**
 * A KPI, key result or objective added since the earlier pack or removed from the plan since.
 *
 * @param name the KPI's name or the statement: this plan's for one added, the earlier pack's for
 *     one removed
 */
public record MeasureChange(MeasureKind kind, Id id, String name) {

  public MeasureChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}

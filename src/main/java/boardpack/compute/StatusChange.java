package boardpack.compute;

import boardpack.model.Id;
import boardpack.model.MeasureKind;
import boardpack.model.Status;
import java.util.Objects;

/** A KPI, key result or objective whose status is not the one the earlier pack showed. */
public record StatusChange(MeasureKind kind, Id id, String name, Status before, Status now) {

  public StatusChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(now, "now");
  }
}

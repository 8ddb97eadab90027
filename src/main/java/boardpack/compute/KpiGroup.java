package boardpack.compute;

import java.util.List;
import java.util.Objects;

/**
 * KPIs shown together: those of one owner (the person accountable), in plan order. {@code owner} is
 * empty for KPIs with no owner, a group shown last.
 */
public record KpiGroup(String owner, List<KpiRow> kpis) {

  public KpiGroup {
    Objects.requireNonNull(owner, "owner");
    kpis = List.copyOf(kpis);
  }
}

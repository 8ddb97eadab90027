package boardpack.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything read from one plan workbook (and any CSV ledgers merged into it), already checked.
 *
 * @param file the plan's file name, as given
 * @param targets the Targets sheet by KPI ID (a KPI with no row is absent)
 * @param actuals the Actuals sheet and CSV ledgers by KPI or key-result ID
 */
public record Plan(
    String file,
    Settings settings,
    List<Kpi> kpis,
    Map<Id, Series> targets,
    Map<Id, Series> actuals,
    List<Objective> objectives,
    List<KeyResult> keyResults,
    List<Comment> commentary,
    List<Recipient> distribution) {

  public Plan {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(settings, "settings");
    kpis = List.copyOf(kpis);
    targets = Map.copyOf(targets);
    actuals = Map.copyOf(actuals);
    objectives = List.copyOf(objectives);
    keyResults = List.copyOf(keyResults);
    commentary = List.copyOf(commentary);
    distribution = List.copyOf(distribution);
  }

  public Series targetsOf(Id id) {
    return targets.getOrDefault(id, Series.EMPTY);
  }

  public Series actualsOf(Id id) {
    return actuals.getOrDefault(id, Series.EMPTY);
  }

  /**
   * KPIs by ID; build once and reuse rather than searching the list per lookup. The reader rejects
   * duplicate IDs; a plan built in code that has them keeps the first.
   */
  public Map<Id, Kpi> kpisById() {
    return kpis.stream()
        .collect(
            Collectors.toUnmodifiableMap(Kpi::id, Function.identity(), (first, later) -> first));
  }

  /** Objectives by ID, the first of any duplicate kept, as {@link #kpisById()}. */
  public Map<Id, Objective> objectivesById() {
    return objectives.stream()
        .collect(
            Collectors.toUnmodifiableMap(
                Objective::id, Function.identity(), (first, later) -> first));
  }
}

package boardpack.model;

import java.util.List;
import java.util.Objects;

/**
 * calculations.md, the OKR and KPI cycle: an achieved outcome key result proposed as a KPI, with
 * the key result's target as its annual target (absent for a key result with no Target, such as a
 * Threshold) and quarterly targets re-phased to keep it.
 */
public record CarryForward(
    Id keyResult, String name, Figure annualTarget, List<MonthValue> quarterlyTargets) {

  public CarryForward {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(annualTarget, "annualTarget");
    quarterlyTargets = List.copyOf(quarterlyTargets);
  }
}

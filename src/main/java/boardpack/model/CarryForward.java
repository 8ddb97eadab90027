package boardpack.model;

import java.util.List;
import java.util.Objects;

/**
 * calculations.md, the OKR and KPI cycle: an achieved outcome key result proposed as a KPI, with
 * the key result's target as its annual target and quarterly targets re-phased to keep it.
 */
public record CarryForward(Id keyResult, String name, double annualTarget, List<MonthValue> quarterlyTargets) {

  public CarryForward {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(name, "name");
    quarterlyTargets = List.copyOf(quarterlyTargets);
    if (!Double.isFinite(annualTarget)) {
      throw new IllegalArgumentException(keyResult + ": annual target must be a finite number");
    }
  }
}

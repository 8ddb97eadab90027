package boardpack.model;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One key result's row of the scorecard.
 *
 * @param windowStart, windowEnd the objective's Start to the KR's Due
 * @param current the current value C at the period, absent with no value in the window
 * @param progress p, 0 to 1 (0 with no data)
 * @param expected e, the share of the window elapsed
 * @param carryForward proposed as a KPI (calculations.md, the OKR and KPI cycle)
 */
public record KeyResultScore(
    KeyResult keyResult,
    YearMonth windowStart,
    YearMonth windowEnd,
    Figure current,
    double progress,
    double expected,
    Status status,
    Optional<CarryForward> carryForward) {

  public KeyResultScore {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(windowStart, "windowStart");
    Objects.requireNonNull(windowEnd, "windowEnd");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(carryForward, "carryForward");
    if (!(progress >= 0 && progress <= 1) || !(expected >= 0 && expected <= 1)) {
      throw new IllegalArgumentException(
          keyResult.id() + ": progress and expected must be in [0, 1]");
    }
  }

  public Id id() {
    return keyResult.id();
  }

  public boolean hasData() {
    return current.isPresent();
  }

  public KeyResultScore withCarryForward(CarryForward proposal) {
    return new KeyResultScore(
        keyResult,
        windowStart,
        windowEnd,
        current,
        progress,
        expected,
        status,
        Optional.of(proposal));
  }
}

package boardpack.model;

import java.util.List;
import java.util.Objects;

/**
 * calculations.md, KPI outlook to the fiscal year end.
 *
 * @param forecastStatus whether the year is on track; NONE without an annual target or band
 * @param rephasedTargets each remaining month's (or quarter end's) target, keeping the annual one
 */
public record Outlook(
    Figure forecast,
    Figure forecastAttainment,
    Status forecastStatus,
    Figure requiredRunRate,
    List<MonthValue> rephasedTargets) {

  public Outlook {
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(forecastAttainment, "forecastAttainment");
    Objects.requireNonNull(forecastStatus, "forecastStatus");
    Objects.requireNonNull(requiredRunRate, "requiredRunRate");
    rephasedTargets = List.copyOf(rephasedTargets);
  }
}

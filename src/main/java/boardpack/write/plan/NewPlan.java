package boardpack.write.plan;

import java.time.Month;
import java.util.Objects;
import java.util.Optional;

/**
 * What a new plan is set up for ({@code boardpack init}).
 *
 * @param organisation the Organisation setting
 * @param fiscalYearStart the fiscal year's first month
 * @param year the calendar year the fiscal year starts in (2027 with April: Apr 2027 to Mar 2028)
 * @param currency the Currency setting (an ISO code such as GBP), if any
 */
public record NewPlan(
    String organisation, Month fiscalYearStart, int year, Optional<String> currency) {

  public NewPlan {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
    Objects.requireNonNull(currency, "currency");
  }
}

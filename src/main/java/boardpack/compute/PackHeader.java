package boardpack.compute;

import boardpack.model.PageSize;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * What a cover, page header or document properties need.
 *
 * @param planFile the plan's file name as given
 * @param fiscalYearStart, fiscalYearEnd the fiscal year that holds the period
 * @param currency the Settings sheet's Currency
 * @param scope whose pack this is
 */
public record PackHeader(
    String organisation,
    YearMonth period,
    YearMonth fiscalYearStart,
    YearMonth fiscalYearEnd,
    Optional<String> currency,
    String confidentiality,
    PageSize pageSize,
    String planFile,
    Scope scope) {

  public PackHeader {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
    Objects.requireNonNull(fiscalYearEnd, "fiscalYearEnd");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(confidentiality, "confidentiality");
    Objects.requireNonNull(pageSize, "pageSize");
    Objects.requireNonNull(planFile, "planFile");
    Objects.requireNonNull(scope, "scope");
  }
}

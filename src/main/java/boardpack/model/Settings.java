package boardpack.model;

import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/** The Settings sheet, with its defaults filled in. */
public record Settings(
    String organisation,
    Optional<YearMonth> reportingPeriod,
    Month fiscalYearStart,
    Optional<String> currency,
    double amberTolerance,
    PageSize pageSize,
    String confidentiality) {

  public static final double DEFAULT_AMBER_TOLERANCE = 0.10;
  public static final String DEFAULT_CONFIDENTIALITY = "Confidential";

  public Settings {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(reportingPeriod, "reportingPeriod");
    Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(pageSize, "pageSize");
    Objects.requireNonNull(confidentiality, "confidentiality");
    if (!(amberTolerance >= 0 && amberTolerance <= 1)) {
      throw new IllegalArgumentException("amber tolerance must be between 0 and 1");
    }
  }

  /** The defaults of workbook.md, for a plan with no Settings sheet. */
  public static Settings defaults(String organisation) {
    return new Settings(
        organisation,
        Optional.empty(),
        Month.JANUARY,
        Optional.empty(),
        DEFAULT_AMBER_TOLERANCE,
        PageSize.A4,
        DEFAULT_CONFIDENTIALITY);
  }
}

package boardpack.model;

import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The Settings sheet, with its defaults filled in.
 *
 * @param sender the address the pack's messages come from (issue 11); absent when not given
 */
public record Settings(
    String organisation,
    Optional<YearMonth> reportingPeriod,
    Month fiscalYearStart,
    Optional<String> currency,
    double amberTolerance,
    PageSize pageSize,
    String confidentiality,
    Optional<String> sender) {

  public static final double DEFAULT_AMBER_TOLERANCE = 0.10;
  public static final String DEFAULT_CONFIDENTIALITY = "Confidential";

  public Settings {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(reportingPeriod, "reportingPeriod");
    Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(pageSize, "pageSize");
    Objects.requireNonNull(confidentiality, "confidentiality");
    Objects.requireNonNull(sender, "sender");
    if (!(amberTolerance >= 0 && amberTolerance <= 1)) {
      throw new IllegalArgumentException("amber tolerance must be between 0 and 1");
    }
  }

  /** Settings without a Sender. */
  public Settings(
      String organisation,
      Optional<YearMonth> reportingPeriod,
      Month fiscalYearStart,
      Optional<String> currency,
      double amberTolerance,
      PageSize pageSize,
      String confidentiality) {
    this(
        organisation,
        reportingPeriod,
        fiscalYearStart,
        currency,
        amberTolerance,
        pageSize,
        confidentiality,
        Optional.empty());
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

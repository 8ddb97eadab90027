package boardpack.model;

import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fiscal years and quarters from any start month (calculations.md: "a fiscal year is the 12 months
 * from the fiscal-year start on or before a month; fiscal quarters are its 3-month blocks").
 */
public record FiscalCalendar(Month yearStart) {

  public FiscalCalendar {
    Objects.requireNonNull(yearStart, "yearStart");
  }

  /** The first month of the fiscal year that holds {@code month}. */
  public YearMonth yearStartOf(YearMonth month) {
    YearMonth start = YearMonth.of(month.getYear(), yearStart);
    return start.isAfter(month) ? start.minusYears(1) : start;
  }

  public YearMonth yearEndOf(YearMonth month) {
    return yearStartOf(month).plusMonths(11);
  }

  /** The first month of the fiscal quarter that holds {@code month}. */
  public YearMonth quarterStartOf(YearMonth month) {
    return yearStartOf(month).plusMonths(3L * (indexInYear(month) / 3));
  }

  public YearMonth quarterEndOf(YearMonth month) {
    return quarterStartOf(month).plusMonths(2);
  }

  public boolean isQuarterEnd(YearMonth month) {
    return indexInYear(month) % 3 == 2;
  }

  /** 0 for the fiscal year's first month, 11 for its last. */
  public int indexInYear(YearMonth month) {
    return (int) monthsBetween(yearStartOf(month), month);
  }

  /** The 12 months of the fiscal year that holds {@code month}. */
  public List<YearMonth> yearMonths(YearMonth month) {
    return monthsFrom(yearStartOf(month), yearEndOf(month));
  }

  /** The 4 quarter-end months of the fiscal year that holds {@code month}. */
  public List<YearMonth> quarterEnds(YearMonth month) {
    YearMonth start = yearStartOf(month);
    return List.of(
        start.plusMonths(2), start.plusMonths(5), start.plusMonths(8), start.plusMonths(11));
  }

  /**
   * The months a KPI of {@code frequency} is reported in the fiscal year that holds {@code month}
   * (calculations.md: "12, or 4 quarter ends for a Quarterly KPI").
   */
  public List<YearMonth> expectedMonths(Frequency frequency, YearMonth month) {
    return frequency == Frequency.QUARTERLY ? quarterEnds(month) : yearMonths(month);
  }

  /** The latest quarter-end month on or before {@code month}. */
  public YearMonth latestQuarterEndOnOrBefore(YearMonth month) {
    return isQuarterEnd(month) ? month : quarterStartOf(month).minusMonths(1);
  }

  /** Whole months from {@code from} to {@code to}; negative when {@code to} is earlier. */
  public static long monthsBetween(YearMonth from, YearMonth to) {
    return ChronoUnit.MONTHS.between(from, to);
  }

  /** Every month from {@code first} to {@code last}, both included; empty if last is earlier. */
  public static List<YearMonth> monthsFrom(YearMonth first, YearMonth last) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }
}

package boardpack.bench;

import java.time.YearMonth;

/** The calendar of every generated plan: fiscal year from April, reporting October 2026. */
final class Months {

  static final int ACTUAL_MONTHS = 36;
  static final YearMonth REPORTING = YearMonth.of(2026, 10);
  static final YearMonth FIRST_ACTUAL = REPORTING.minusMonths(ACTUAL_MONTHS - 1);

  /** Targets cover last fiscal year and this one: April 2025 to March 2027. */
  static final int TARGET_MONTHS = 24;

  static final YearMonth FIRST_TARGET = YearMonth.of(2025, 4);

  private Months() {}

  static YearMonth actual(int index) {
    return FIRST_ACTUAL.plusMonths(index);
  }

  static YearMonth target(int index) {
    return FIRST_TARGET.plusMonths(index);
  }

  /** Months since the first actual (negative before it). */
  static int index(YearMonth month) {
    return (int) FIRST_ACTUAL.until(month, java.time.temporal.ChronoUnit.MONTHS);
  }

  /** Fiscal quarters from April end in June, September, December and March. */
  static boolean isQuarterEnd(YearMonth month) {
    return month.getMonthValue() % 3 == 0;
  }
}

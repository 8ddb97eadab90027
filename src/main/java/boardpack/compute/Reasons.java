package boardpack.compute;

import boardpack.model.Id;

/** Why a figure is absent, each reason written once (calculations.md: the reason is shown). */
final class Reasons {

  static final String TOO_LARGE = "too large to compute";
  static final String NOT_REPORTED = "not reported";
  static final String NO_TARGET = "no target";
  static final String MEASURED_BY_BAND = "measured against its band";
  static final String NOT_A_QUARTER_END = "not a quarter-end month";
  static final String NO_BAND_WIDTH = "the band has no width to measure by";
  static final String NO_REPORTED_MONTH = "no reported month";
  static final String NO_ACTUAL = "no actual reported";
  static final String ONLY_SUM = "only for a Sum KPI";
  static final String NO_MONTH_LEFT = "no month left in the fiscal year";
  static final String NOT_ENOUGH_DATA = "not enough data";
  static final String NO_PREVIOUS_MONTH = "no previous reported month";
  static final String PREVIOUS_IS_ZERO = "previous actual is 0";
  static final String NO_VALUE_IN_WINDOW = "no value in the window";
  static final String NO_SCORE = "no key result has a value and no child objective has a score";
  static final String LAG_ZERO = "best lag is 0 months, so there is nothing to predict";
  static final String WEAK = "correlation is weak";

  private Reasons() {}

  static String sameInEveryPair(Id kpi) {
    return kpi + " is the same in every pair";
  }
}

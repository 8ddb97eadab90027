package boardpack.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One KPI's row of the scorecard.
 *
 * @param shownMonth the month the month figures are for: the period, or for a quarterly KPI outside
 *     a quarter end, the latest quarter end before it
 * @param history the last 13 months up to the period, oldest first
 * @param needsOkr red in the month shown and in the reported month before it, and no active OKR
 *     works on it
 * @param atRiskAhead a leading KPI of this one is worsening
 * @param earlyWarning a prediction from a leading KPI grades this one red
 */
public record KpiScore(
    Kpi kpi,
    YearMonth shownMonth,
    Measure month,
    Measure quarterToDate,
    Measure yearToDate,
    Figure annualTarget,
    Outlook outlook,
    Trend trend,
    List<MonthPoint> history,
    boolean needsOkr,
    boolean atRiskAhead,
    boolean earlyWarning) {

  public KpiScore {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(shownMonth, "shownMonth");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(quarterToDate, "quarterToDate");
    Objects.requireNonNull(yearToDate, "yearToDate");
    Objects.requireNonNull(annualTarget, "annualTarget");
    Objects.requireNonNull(outlook, "outlook");
    Objects.requireNonNull(trend, "trend");
    history = List.copyOf(history);
  }

  public Id id() {
    return kpi.id();
  }

  /** The same score with the OKR/KPI cycle and leading-indicator flags set. */
  public KpiScore withFlags(boolean needsOkr, boolean atRiskAhead, boolean earlyWarning) {
    return new KpiScore(
        kpi,
        shownMonth,
        month,
        quarterToDate,
        yearToDate,
        annualTarget,
        outlook,
        trend,
        history,
        needsOkr,
        atRiskAhead,
        earlyWarning);
  }
}

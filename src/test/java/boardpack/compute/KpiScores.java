package boardpack.compute;

import boardpack.model.Figure;
import boardpack.model.Kpi;
import boardpack.model.KpiScore;
import boardpack.model.Measure;
import boardpack.model.Outlook;
import boardpack.model.Status;
import boardpack.model.Trend;
import boardpack.model.TrendDirection;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Test-only KPI scores made by hand, so the OKR and leading-indicator rules are tested without
 * KpiScoring: only the month status, the month shown and the trend direction are filled in.
 */
final class KpiScores {

  private KpiScores() {}

  static KpiScore score(Kpi kpi, String shownMonth, Status monthStatus, TrendDirection trend) {
    Figure none = Figure.absent("made by hand for a test");
    Measure month = new Measure(none, none, none, monthStatus);
    Trend trendOf = new Trend(Optional.ofNullable(trend), none, none, none, none, none);
    Outlook outlook = new Outlook(none, none, Status.NONE, none, List.of());
    return new KpiScore(
        kpi,
        YearMonth.parse(shownMonth),
        month,
        Measure.absent("by hand"),
        Measure.absent("by hand"),
        none,
        outlook,
        trendOf,
        List.of(),
        false,
        false,
        false);
  }

  static KpiScore score(Kpi kpi, String shownMonth, Status monthStatus) {
    return score(kpi, shownMonth, monthStatus, TrendDirection.STABLE);
  }
}

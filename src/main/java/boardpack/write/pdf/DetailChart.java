package boardpack.write.pdf;

import boardpack.compute.KpiRow;
import boardpack.compute.PackView;
import boardpack.model.Aggregation;
import boardpack.model.KpiScore;
import boardpack.model.MonthPoint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The data of a KPI's detail chart, taken from the engine's figures as they are: the 13 months of
 * history, then the months left in the fiscal year, where the forecast is drawn. For a Sum or
 * Average KPI the outlook rule runs the year out at the run-rate (the mean of the last three
 * actuals, which is the trend's moving average); for Last, the forecast is the year-end value.
 */
final class DetailChart {

  private DetailChart() {}

  static TrendChart of(PackView view, KpiRow row, PackStyle style) {
    KpiScore score = row.score();
    List<MonthPoint> history = score.history();
    YearMonth period = view.header().period();
    YearMonth yearEnd = view.header().fiscalYearEnd();
    List<YearMonth> months = new ArrayList<>(history.stream().map(MonthPoint::month).toList());
    for (YearMonth m = period.plusMonths(1); !m.isAfter(yearEnd); m = m.plusMonths(1)) {
      months.add(m);
    }
    List<OptionalDouble> actual = new ArrayList<>();
    List<OptionalDouble> target = new ArrayList<>();
    List<OptionalDouble> forecast = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      boolean past = i < history.size();
      actual.add(past ? history.get(i).actual().optional() : OptionalDouble.empty());
      target.add(past ? history.get(i).target().optional() : OptionalDouble.empty());
      forecast.add(forecastAt(score, months, i, history));
    }
    return new TrendChart(
        labels(months, style),
        actual,
        target,
        forecast,
        row.kpi().band(),
        axisFormat(row),
        words(style));
  }

  private static OptionalDouble forecastAt(
      KpiScore score, List<YearMonth> months, int i, List<MonthPoint> history) {
    int past = history.size();
    if (past == 0 || months.size() == past || i < past - 1) {
      return OptionalDouble.empty();
    }
    if (i == past - 1) {
      return history.get(i).actual().optional(); // the dashed line starts at the period's actual
    }
    if (score.kpi().aggregation() == Aggregation.LAST) {
      return i == months.size() - 1
          ? score.outlook().forecast().optional()
          : OptionalDouble.empty();
    }
    return score.outlook().forecast().isPresent()
        ? score.trend().movingAverage().optional()
        : OptionalDouble.empty();
  }

  // Every other month labelled, so 24 months stay legible in the chart's width.
  private static List<String> labels(List<YearMonth> months, PackStyle style) {
    List<String> labels = new ArrayList<>();
    int step = months.size() > 14 ? 2 : 1;
    for (int i = 0; i < months.size(); i++) {
      boolean shown = (months.size() - 1 - i) % step == 0 || i == 0 && step == 1;
      labels.add(shown ? style.labels().month(months.get(i), "format.month") : "");
    }
    return labels;
  }

  private static NumberFormat axisFormat(KpiRow row) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    if (row.kpi().unit().isPercent()) {
      DecimalFormat percent = new DecimalFormat("#,##0.#%", symbols);
      return percent;
    }
    return new DecimalFormat("#,##0.##", symbols);
  }

  private static TrendChart.ChartWords words(PackStyle style) {
    return new TrendChart.ChartWords(
        style.label("chart.actual"),
        style.label("chart.target"),
        style.label("chart.forecast"),
        style.label("chart.tooLarge"));
  }
}

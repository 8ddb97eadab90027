package boardpack.write.xlsx;

import boardpack.compute.KpiRow;
import boardpack.model.Figure;
import boardpack.model.Id;
import boardpack.model.KpiScore;
import boardpack.model.MonthPoint;
import boardpack.write.xlsx.CellStyles.Look;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * The Trends sheet: for each KPI an Actual row and a Target row over the last 13 months (a month
 * with no figure is left empty, so charts show a gap rather than a fall to zero), and line charts
 * for the KPIs that matter most to the right of the table.
 */
final class TrendSheet {

  static final String NAME = "Trends";
  static final int HEADER_ROW = 2;
  static final int FIRST_MONTH = 4;
  static final int MONTHS = 13;
  static final String ACTUAL = "Actual";
  static final String TARGET = "Target";

  private final SheetWriter sheet;
  private final TrendCharts charts;
  private int nextRow = HEADER_ROW + 1;

  TrendSheet(SheetWriter sheet, TrendCharts charts) {
    this.sheet = sheet;
    this.charts = charts;
  }

  /**
   * {@code kpis} in table order; the first {@link TrendCharts#MAX_CHARTS} of {@code mattersMost}
   * get a chart, in that order.
   */
  void write(String title, List<YearMonth> months, List<KpiRow> kpis, List<KpiRow> mattersMost) {
    sheet.text(sheet.row(0), 0, title, Look.TITLE);
    sheet.text(
        sheet.row(1),
        0,
        "Actual and target for the last 13 months; charts of the KPIs that matter most (red, worked"
            + " on by an OKR, leading) are to the right of the table.",
        Look.SUBTITLE);
    List<String> columns = new ArrayList<>(List.of("ID", "Name", "Unit", "Series"));
    months.forEach(m -> columns.add(m.format(TrendCharts.MONTH_LABEL)));
    sheet.header(HEADER_ROW, columns);
    sheet.wrapAt(1, 30);
    Map<Id, Integer> rowById = new HashMap<>();
    for (KpiRow kpi : kpis) {
      rowById.putIfAbsent(kpi.id(), nextRow);
      series(kpi.score(), ACTUAL, MonthPoint::actual);
      series(kpi.score(), TARGET, MonthPoint::target);
    }
    mattersMost.stream()
        .filter(kpi -> rowById.containsKey(kpi.id()))
        .limit(TrendCharts.MAX_CHARTS)
        .forEach(kpi -> charts.add(kpi.score(), rowById.get(kpi.id()), months));
    sheet.finishTable(HEADER_ROW, nextRow - 1, columns.size() - 1, 4);
  }

  private void series(KpiScore score, String name, Function<MonthPoint, Figure> figure) {
    Row row = sheet.row(nextRow++);
    sheet.text(row, 0, score.id().text());
    sheet.text(row, 1, score.kpi().name(), Look.WRAP);
    sheet.text(row, 2, score.kpi().unit().text());
    sheet.text(row, 3, name);
    CellStyle style = sheet.styles().number(UnitFormat.of(score));
    List<MonthPoint> history = score.history();
    for (int i = 0; i < history.size() && i < MONTHS; i++) {
      Figure value = figure.apply(history.get(i));
      if (value.isPresent()) {
        sheet.number(row, FIRST_MONTH + i, value.value(), style);
      }
    }
  }
}

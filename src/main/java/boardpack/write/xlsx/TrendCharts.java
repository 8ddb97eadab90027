package boardpack.write.xlsx;

import boardpack.model.Figure;
import boardpack.model.KpiScore;
import boardpack.model.MonthPoint;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.ClientAnchor.AnchorType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native line charts of actual against target, one per KPI that matters most, stacked in a column
 * to the right of the Trends table so none covers it. They are drawn on the streamed sheet's
 * underlying XSSF sheet (SXSSF cannot make charts); each series carries its values as a cache and
 * the table's cells as its reference, since the streamed rows are not readable by then.
 */
final class TrendCharts {

  static final DateTimeFormatter MONTH_LABEL =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
  static final int FIRST_COLUMN = TrendSheet.FIRST_MONTH + TrendSheet.MONTHS + 1;
  static final int WIDTH_COLUMNS = 10;
  static final int HEIGHT_ROWS = 18;

  /**
   * Charts beyond this many are not drawn: each is a part held in memory until the workbook is
   * written, and a reader scrolls through a few dozen at most (the table has every KPI).
   */
  static final int MAX_CHARTS = 40;

  private final XSSFSheet sheet;
  private XSSFDrawing drawing;
  private int charts;

  TrendCharts(XSSFSheet sheet) {
    this.sheet = sheet;
  }

  /** A chart of {@code score}'s actual (on {@code actualRow}) and target (the row below). */
  void add(KpiScore score, int actualRow, List<YearMonth> months) {
    if (drawing == null) {
      drawing = sheet.createDrawingPatriarch();
    }
    int top = TrendSheet.HEADER_ROW + 1 + charts * (HEIGHT_ROWS + 1);
    charts++;
    XSSFClientAnchor anchor =
        drawing.createAnchor(
            0, 0, 0, 0, FIRST_COLUMN, top, FIRST_COLUMN + WIDTH_COLUMNS, top + HEIGHT_ROWS);
    // Filtering the table hides rows; an absolute anchor keeps the chart its size.
    anchor.setAnchorType(AnchorType.DONT_MOVE_AND_RESIZE);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(score.id().text() + ": " + score.kpi().name());
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis axis = chart.createCategoryAxis(AxisPosition.BOTTOM);
    axis.setTitle("Month");
    XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
    values.setTitle(score.kpi().unit().isNone() ? "Value" : score.kpi().unit().text());
    values.setCrosses(AxisCrosses.AUTO_ZERO);
    XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, axis, values);
    // LibreOffice draws nothing sensible without these; POI leaves them out.
    data.setGrouping(Grouping.STANDARD);
    data.setVaryColors(false);
    XDDFCategoryDataSource categories = categories(months);
    series(
        data,
        categories,
        score,
        new Line(
            TrendSheet.ACTUAL, actualRow, MonthPoint::actual, line(PresetColor.DARK_BLUE, false)));
    series(
        data,
        categories,
        score,
        new Line(
            TrendSheet.TARGET, actualRow + 1, MonthPoint::target, line(PresetColor.GRAY, true)));
    // What chart.plot(data) writes into the chart, without the throwaway workbook it also fills
    // with the same values for charts embedded in Word or PowerPoint (a third of the sheet's time).
    for (int i = 0; i < data.getSeriesCount(); i++) {
      data.getSeries(i).plot();
    }
  }

  private XDDFCategoryDataSource categories(List<YearMonth> months) {
    String[] labels = months.stream().map(m -> m.format(MONTH_LABEL)).toArray(String[]::new);
    return XDDFDataSourcesFactory.fromArray(labels, range(TrendSheet.HEADER_ROW, labels.length));
  }

  /** One line of a chart: its legend name, its table row, its figures and its look. */
  private record Line(
      String name, int row, Function<MonthPoint, Figure> figure, XDDFLineProperties look) {}

  private void series(
      XDDFLineChartData data, XDDFCategoryDataSource categories, KpiScore score, Line line) {
    Double[] points =
        score.history().stream()
            .limit(TrendSheet.MONTHS)
            .map(line.figure())
            .map(f -> f.isPresent() ? f.value() : null)
            .toArray(Double[]::new);
    XDDFNumericalDataSource<Double> values =
        XDDFDataSourcesFactory.fromArray(points, range(line.row(), points.length));
    XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories, values);
    series.setTitle(
        line.name(), new CellReference(sheet.getSheetName(), line.row(), 3, true, true));
    series.setSmooth(false);
    series.setMarkerStyle(MarkerStyle.NONE);
    XDDFShapeProperties shape = new XDDFShapeProperties();
    shape.setLineProperties(line.look());
    series.setShapeProperties(shape);
  }

  private String range(int row, int count) {
    return new CellRangeAddress(
            row, row, TrendSheet.FIRST_MONTH, TrendSheet.FIRST_MONTH + Math.max(1, count) - 1)
        .formatAsString(sheet.getSheetName(), true);
  }

  private static XDDFLineProperties line(PresetColor color, boolean dashed) {
    XDDFLineProperties line =
        new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
    line.setWidth(dashed ? 1.5 : 2.25);
    if (dashed) {
      line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
    }
    return line;
  }
}

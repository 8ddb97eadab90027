package boardpack.write.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A KPI's months as a JFreeChart line chart: actual solid, target a thin grey line, the forecast
 * to the year end dashed. Drawn through PdfGraphics2D, so it stays a vector.
 *
 * @param months the month labels along the axis, oldest first
 * @param forecast the forecast per month, empty before the reporting month
 */
record TrendChart(
    List<String> months,
    List<OptionalDouble> actual,
    List<OptionalDouble> target,
    List<OptionalDouble> forecast,
    NumberFormat valueFormat,
    ChartWords words) {

  /** The series names, from the template's labels. */
  record ChartWords(String actual, String target, String forecast) {}

  TrendChart {
    months = List.copyOf(months);
    actual = List.copyOf(actual);
    target = List.copyOf(target);
    forecast = List.copyOf(forecast);
  }

  void paint(Graphics2D g, float width, float height, PackStyle style) {
    JFreeChart chart = chart(style);
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
  }

  private JFreeChart chart(PackStyle style) {
    Palette palette = style.palette();
    CategoryAxis monthAxis = new CategoryAxis();
    monthAxis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    monthAxis.setMaximumCategoryLabelLines(2);
    NumberAxis valueAxis = new NumberAxis();
    valueAxis.setAutoRangeIncludesZero(false);
    valueAxis.setNumberFormatOverride(valueFormat);
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, palette.accent());
    renderer.setSeriesStroke(0, new BasicStroke(2f));
    renderer.setSeriesPaint(1, palette.muted());
    renderer.setSeriesStroke(1, new BasicStroke(1f));
    renderer.setSeriesShapesVisible(1, false);
    renderer.setSeriesPaint(2, palette.accent());
    renderer.setSeriesStroke(
        2, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {4f, 3f}, 0f));
    renderer.setSeriesShapesVisible(2, false);
    CategoryPlot plot = new CategoryPlot(dataset(), monthAxis, valueAxis, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(palette.rule());
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    JFreeChart chart = new JFreeChart(null, style.fonts().awt(false, 8), plot, true);
    theme(style).apply(chart);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.TOP);
    legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    return chart;
  }

  private DefaultCategoryDataset dataset() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < months.size(); i++) {
      data.addValue(number(actual, i), words.actual(), months.get(i));
      data.addValue(number(target, i), words.target(), months.get(i));
      data.addValue(number(forecast, i), words.forecast(), months.get(i));
    }
    return data;
  }

  private static Double number(List<OptionalDouble> values, int index) {
    return index < values.size() && values.get(index).isPresent()
        ? values.get(index).getAsDouble()
        : null;
  }

  // Every chart text in the pack's own font, so it is measured as it is printed.
  private static StandardChartTheme theme(PackStyle style) {
    StandardChartTheme theme = new StandardChartTheme("boardpack");
    PackFonts fonts = style.fonts();
    theme.setExtraLargeFont(fonts.awt(true, 11));
    theme.setLargeFont(fonts.awt(true, 9));
    theme.setRegularFont(fonts.awt(false, 8));
    theme.setSmallFont(fonts.awt(false, 7));
    theme.setAxisLabelPaint(style.palette().muted());
    theme.setTickLabelPaint(style.palette().muted());
    theme.setLegendItemPaint(style.palette().text());
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setRangeGridlinePaint(style.palette().rule());
    theme.setShadowVisible(false);
    theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
    return theme;
  }
}

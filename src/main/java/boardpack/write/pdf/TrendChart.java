package boardpack.write.pdf;

import boardpack.model.Band;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A KPI's months as a JFreeChart line chart: actual solid with its points, target a thin grey line,
 * the forecast to the year end dashed. Drawn through PdfGraphics2D, so it stays a vector with its
 * text in the pack's font. A month with no value leaves a gap.
 *
 * @param months the month labels along the axis, oldest first (blank to thin out the labels)
 * @param forecast the forecast per month, empty where there is none
 * @param band a within-range KPI's band, shaded behind the lines
 */
record TrendChart(
    List<String> months,
    List<OptionalDouble> actual,
    List<OptionalDouble> target,
    List<OptionalDouble> forecast,
    Optional<Band> band,
    NumberFormat valueFormat,
    ChartWords words) {

  /** The series names, from the template's labels. */
  record ChartWords(String actual, String target, String forecast, String tooLarge) {}

  TrendChart {
    months = List.copyOf(months);
    actual = List.copyOf(actual);
    target = List.copyOf(target);
    forecast = List.copyOf(forecast);
  }

  /** Largest value a chart axis is asked to show; beyond it JFreeChart cannot place its ticks. */
  private static final double CHARTABLE = 1e15;

  void paint(Graphics2D g, float width, float height, PackStyle style) {
    if (!chartable()) {
      g.setColor(style.palette().muted());
      g.setFont(style.fonts().awt(false, 8));
      g.drawString(words.tooLarge(), 4, height / 2);
      return;
    }
    chart(style).draw(g, new Rectangle2D.Double(0, 0, width, height));
  }

  private boolean chartable() {
    return java.util.stream.Stream.of(actual, target, forecast)
        .flatMap(List::stream)
        .filter(OptionalDouble::isPresent)
        .allMatch(v -> Math.abs(v.getAsDouble()) <= CHARTABLE);
  }

  private JFreeChart chart(PackStyle style) {
    SymbolAxis monthAxis = new SymbolAxis(null, months.toArray(String[]::new));
    NumberAxis valueAxis = new NumberAxis();
    valueAxis.setAutoRangeIncludesZero(false);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    XYPlot plot = new XYPlot(dataset(), monthAxis, valueAxis, renderer);
    JFreeChart chart = new JFreeChart(null, style.fonts().awt(false, 8), plot, true);
    theme(style).apply(chart); // first: the theme resets what is set below
    monthAxis.setGridBandsVisible(false);
    monthAxis.setTickMarksVisible(false);
    valueAxis.setNumberFormatOverride(valueFormat);
    series(renderer, style.palette());
    Palette palette = style.palette();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(palette.rule());
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    band.ifPresent(
        b ->
            plot.addRangeMarker(
                new IntervalMarker(b.low(), b.high(), palette.bandGood()), Layer.BACKGROUND));
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.TOP);
    legend.setFrame(BlockBorder.NONE);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(2, 2, 2, 2));
    return chart;
  }

  // Actual solid with small dots, target thin grey, forecast dashed: they part in grey print too.
  private static void series(XYLineAndShapeRenderer renderer, Palette palette) {
    renderer.setSeriesPaint(0, palette.accent());
    renderer.setSeriesStroke(0, new BasicStroke(1.8f));
    renderer.setSeriesShapesVisible(0, true);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
    renderer.setSeriesPaint(1, palette.muted());
    renderer.setSeriesStroke(1, new BasicStroke(1f));
    renderer.setSeriesShapesVisible(1, false);
    renderer.setSeriesPaint(2, palette.accent());
    renderer.setSeriesStroke(
        2,
        new BasicStroke(
            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {4f, 3f}, 0f));
    renderer.setSeriesShapesVisible(2, false);
  }

  private XYSeriesCollection dataset() {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(series(words.actual(), actual));
    data.addSeries(series(words.target(), target));
    data.addSeries(series(words.forecast(), forecast));
    return data;
  }

  private static XYSeries series(String name, List<OptionalDouble> values) {
    XYSeries series = new XYSeries(name, false, true);
    for (int i = 0; i < values.size(); i++) {
      series.add(i, values.get(i).isPresent() ? (Double) values.get(i).getAsDouble() : null);
    }
    return series;
  }

  // Every chart text in the pack's own font, so it is measured as it is printed.
  private static StandardChartTheme theme(PackStyle style) {
    StandardChartTheme theme = new StandardChartTheme("boardpack");
    PackFonts fonts = style.fonts();
    theme.setExtraLargeFont(fonts.awt(true, 10));
    theme.setLargeFont(fonts.awt(true, 8));
    theme.setRegularFont(fonts.awt(false, 7.5f));
    theme.setSmallFont(fonts.awt(false, 7));
    theme.setAxisLabelPaint(style.palette().muted());
    theme.setTickLabelPaint(style.palette().muted());
    theme.setLegendItemPaint(style.palette().text());
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setShadowVisible(false);
    return theme;
  }
}

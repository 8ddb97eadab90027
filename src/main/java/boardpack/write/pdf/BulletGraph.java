package boardpack.write.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Stephen Few's bullet graph on one scale: shaded status ranges behind, the actual as a dark bar,
 * the target as a vertical marker. Values outside the scale are drawn at its edge.
 *
 * @param ranges the shaded ranges from left to right, each with its fill
 */
record BulletGraph(
    double from, double to, List<Range> ranges, OptionalDouble actual, OptionalDouble target) {

  /** A shaded range of the scale. */
  record Range(double from, double to, Color fill) {}

  BulletGraph {
    ranges = List.copyOf(ranges);
  }

  void paint(Graphics2D g, float width, float height, Color bar, Color marker) {
    if (!(to > from)) {
      return;
    }
    for (Range range : ranges) {
      double left = x(range.from(), width);
      g.setColor(range.fill());
      g.fill(new Rectangle2D.Double(left, 0, x(range.to(), width) - left, height));
    }
    if (actual.isPresent()) {
      double zero = x(Math.max(from, Math.min(0, to)), width);
      double end = x(actual.getAsDouble(), width);
      g.setColor(bar);
      g.fill(
          new Rectangle2D.Double(
              Math.min(zero, end), height / 3.0, Math.abs(end - zero), height / 3.0));
    }
    if (target.isPresent()) {
      double x = x(target.getAsDouble(), width);
      g.setColor(marker);
      g.setStroke(new BasicStroke(2f));
      g.draw(new Line2D.Double(x, height * 0.15, x, height * 0.85));
    }
  }

  private double x(double value, float width) {
    double clamped = Math.max(from, Math.min(to, value));
    return width * (clamped - from) / (to - from);
  }
}

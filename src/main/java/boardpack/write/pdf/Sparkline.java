package boardpack.write.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A word-sized line of a KPI's last 13 months (Tufte): no axes, a gap for an unreported month, the
 * last reported point marked, the target as a faint line. Each row has its own scale, since rows do
 * not share a unit.
 */
record Sparkline(List<OptionalDouble> actuals, List<OptionalDouble> targets) {

  Sparkline {
    actuals = List.copyOf(actuals);
    targets = List.copyOf(targets);
  }

  void paint(Graphics2D g, float width, float height, Color line, Color faint) {
    double[] range = range();
    if (range == null) {
      return;
    }
    float pad = 2.5f;
    Scale scale = new Scale(range[0], range[1], pad, height - pad, width - 2 * pad, actuals.size());
    g.setStroke(new BasicStroke(0.6f));
    g.setColor(faint);
    g.draw(path(targets, scale, pad));
    g.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(line);
    g.draw(path(actuals, scale, pad));
    int last = lastReported();
    if (last >= 0) {
      double x = pad + scale.x(last);
      double y = scale.y(actuals.get(last).getAsDouble());
      g.fill(new Ellipse2D.Double(x - 1.6, y - 1.6, 3.2, 3.2));
    }
  }

  private Path2D path(List<OptionalDouble> points, Scale scale, float pad) {
    Path2D path = new Path2D.Double();
    boolean drawing = false;
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i).isEmpty()) {
        drawing = false;
        continue;
      }
      double x = pad + scale.x(i);
      double y = scale.y(points.get(i).getAsDouble());
      if (drawing) {
        path.lineTo(x, y);
      } else {
        path.moveTo(x, y);
        drawing = true;
      }
    }
    return path;
  }

  private int lastReported() {
    for (int i = actuals.size() - 1; i >= 0; i--) {
      if (actuals.get(i).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  private double[] range() {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (List<OptionalDouble> series : List.of(actuals, targets)) {
      for (OptionalDouble point : series) {
        if (point.isPresent()) {
          min = Math.min(min, point.getAsDouble());
          max = Math.max(max, point.getAsDouble());
        }
      }
    }
    return min > max ? null : new double[] {min, max};
  }

  /** Maps month index and value to points; a flat series sits mid-height. */
  private record Scale(double min, double max, float top, float bottom, float width, int count) {
    double x(int index) {
      return count < 2 ? width / 2 : width * index / (count - 1);
    }

    double y(double value) {
      double span = max - min;
      if (!(span > 0) || !Double.isFinite(span)) {
        return (top + bottom) / 2;
      }
      return bottom - (bottom - top) * ((value - min) / span);
    }
  }
}

package boardpack.write.pdf;

import java.awt.Color;
import java.util.List;
import java.util.OptionalDouble;
import org.openpdf.text.pdf.PdfContentByte;

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

  /** Draws the line on {@code canvas}, a form {@code width} x {@code height} points. */
  void paint(PdfContentByte canvas, float width, float height, Color line, Color faint) {
    double[] range = range();
    if (range == null) {
      return;
    }
    float pad = 2.5f;
    // Scale maps values top-down (larger values nearer the top); the form's y runs bottom-up.
    Scale scale = new Scale(range[0], range[1], pad, height - pad, width - 2 * pad, actuals.size());
    canvas.saveState();
    canvas.setLineWidth(0.6f);
    canvas.setLineCap(PdfContentByte.LINE_CAP_PROJECTING_SQUARE); // Java2D's default stroke
    canvas.setLineJoin(PdfContentByte.LINE_JOIN_MITER);
    canvas.setColorStroke(faint);
    path(canvas, targets, scale, pad, height);
    canvas.stroke();
    canvas.setLineWidth(1f);
    canvas.setLineCap(PdfContentByte.LINE_CAP_ROUND);
    canvas.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
    canvas.setColorStroke(line);
    path(canvas, actuals, scale, pad, height);
    canvas.stroke();
    int last = lastReported();
    if (last >= 0) {
      double x = pad + scale.x(last);
      double y = height - scale.y(actuals.get(last).getAsDouble());
      canvas.setColorFill(line);
      canvas.circle((float) x, (float) y, 1.6f);
      canvas.fill();
    }
    canvas.restoreState();
  }

  private void path(
      PdfContentByte canvas, List<OptionalDouble> points, Scale scale, float pad, float height) {
    boolean drawing = false;
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i).isEmpty()) {
        drawing = false;
        continue;
      }
      float x = (float) (pad + scale.x(i));
      float y = (float) (height - scale.y(points.get(i).getAsDouble()));
      if (drawing) {
        canvas.lineTo(x, y);
      } else {
        canvas.moveTo(x, y);
        drawing = true;
      }
    }
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

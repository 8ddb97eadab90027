package boardpack.write.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** Progress from 0 to 1 as a filled bar, with a tick where progress is expected by now. */
record ProgressBar(double progress, double expected) {

  void paint(Graphics2D g, float width, float height, Color fill, Color track, Color tick) {
    float barTop = height * 0.25f;
    float barHeight = height * 0.5f;
    g.setColor(track);
    g.fill(new Rectangle2D.Double(0, barTop, width, barHeight));
    g.setColor(fill);
    g.fill(new Rectangle2D.Double(0, barTop, width * clamp(progress), barHeight));
    double x = width * clamp(expected);
    g.setColor(tick);
    g.setStroke(new BasicStroke(1.6f));
    g.draw(new Line2D.Double(x, 0, x, height));
  }

  private static double clamp(double fraction) {
    return Math.max(0, Math.min(1, fraction));
  }
}

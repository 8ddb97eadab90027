package boardpack.write.pdf;

import boardpack.compute.StatusCounts;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Status counts as one stacked bar: on track, at risk, off track, no data, left to right, each
 * segment as wide as its share, white gaps between so segments part in grey print too.
 */
record StatusBar(StatusCounts counts) {

  void paint(Graphics2D g, float width, float height, Palette palette) {
    int total = counts.total();
    if (total == 0) {
      return;
    }
    int[] values = {counts.green(), counts.amber(), counts.red(), counts.none()};
    Color[] fills = {palette.green(), palette.amber(), palette.red(), palette.none()};
    double x = 0;
    for (int i = 0; i < values.length; i++) {
      double w = width * values[i] / (double) total;
      if (w > 0) {
        g.setColor(fills[i]);
        g.fill(new Rectangle2D.Double(x, 0, Math.max(0, w - 1.5), height));
      }
      x += w;
    }
  }
}

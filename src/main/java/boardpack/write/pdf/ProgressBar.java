package boardpack.write.pdf;

import java.awt.Color;
import org.openpdf.text.pdf.PdfContentByte;

/** Progress from 0 to 1 as a filled bar, with a tick where progress is expected by now. */
record ProgressBar(double progress, double expected) {

  /** Draws the bar on {@code canvas}, a form {@code width} x {@code height} points. */
  void paint(
      PdfContentByte canvas, float width, float height, Color fill, Color track, Color tick) {
    float barBottom = height * 0.25f;
    float barHeight = height * 0.5f;
    canvas.saveState();
    canvas.setColorFill(track);
    canvas.rectangle(0, barBottom, width, barHeight);
    canvas.fill();
    canvas.setColorFill(fill);
    canvas.rectangle(0, barBottom, (float) (width * clamp(progress)), barHeight);
    canvas.fill();
    float x = (float) (width * clamp(expected));
    canvas.setColorStroke(tick);
    canvas.setLineWidth(1.6f);
    canvas.setLineCap(PdfContentByte.LINE_CAP_PROJECTING_SQUARE); // as Java2D's default stroke
    canvas.moveTo(x, 0);
    canvas.lineTo(x, height);
    canvas.stroke();
    canvas.restoreState();
  }

  private static double clamp(double fraction) {
    return Math.max(0, Math.min(1, fraction));
  }
}

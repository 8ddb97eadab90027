package boardpack.write.pdf;

import boardpack.compute.Effect;
import boardpack.compute.KpiRow;
import boardpack.compute.Variance;
import boardpack.model.Band;
import boardpack.model.Figure;
import boardpack.model.MonthPoint;
import boardpack.model.Status;
import boardpack.model.Trend;
import boardpack.model.TrendDirection;
import java.awt.Color;
import java.util.List;
import java.util.OptionalDouble;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;

/** The cells every KPI table shares: name, status mark, figures, variance, trend, sparkline. */
final class KpiCells {

  private final PackDocument pack;
  private final PackStyle style;

  KpiCells(PackDocument pack) {
    this.pack = pack;
    this.style = pack.style();
  }

  /** The KPI's name (wraps, never cut) and, small beneath it, its ID and unit. */
  PdfPCell name(KpiRow row) {
    Phrase phrase = style.phrase();
    phrase.add(new Chunk(row.kpi().name(), style.bodyBold()));
    phrase.add(new Chunk("\n" + describe(row), style.smallMuted()));
    return pack.cell(phrase, Element.ALIGN_LEFT);
  }

  private static String describe(KpiRow row) {
    String unit = row.kpi().unit().isNone() ? "" : " \u00B7 " + row.kpi().unit().text();
    return row.id().text() + unit;
  }

  PdfPCell status(Status status) {
    return pack.cell(StatusMark.phrase(status, style, style.small()), Element.ALIGN_LEFT);
  }

  PdfPCell value(Figure figure, KpiRow row) {
    return pack.cell(Numbers.value(figure, row.kpi().unit()), style.body(), Element.ALIGN_RIGHT);
  }

  /** The target; a within-range KPI's is its band, {@code 20–30}. */
  PdfPCell target(Figure target, KpiRow row) {
    return pack.cell(targetText(target, row), style.body(), Element.ALIGN_RIGHT);
  }

  static String targetText(Figure target, KpiRow row) {
    if (target.isAbsent() && row.kpi().band().isPresent()) {
      Band band = row.kpi().band().get();
      return Numbers.value(band.low(), row.kpi().unit())
          + "\u2013"
          + Numbers.value(band.high(), row.kpi().unit());
    }
    return Numbers.value(target, row.kpi().unit());
  }

  /** The variance percent, favourable positive, coloured by its effect (never by its sign). */
  PdfPCell variancePercent(Variance variance) {
    Figure percent = variance.percent();
    String text = percent.isPresent() ? Numbers.variancePercent(percent.value()) : Numbers.DASH;
    return pack.cell(text, style.body(colour(variance.effect())), Element.ALIGN_RIGHT);
  }

  Color colour(Effect effect) {
    return switch (effect) {
      case FAVOURABLE -> style.palette().green();
      case ADVERSE -> style.palette().red();
      case NEUTRAL, NONE -> style.palette().text();
    };
  }

  /** An arrow and a word: ↑ improving, → stable, ↓ worsening (the KPI's good direction is up). */
  PdfPCell trend(Trend trend) {
    return pack.cell(trendPhrase(trend, style.small()), Element.ALIGN_LEFT);
  }

  Phrase trendPhrase(Trend trend, Font font) {
    if (trend.direction().isEmpty()) {
      return new Phrase(style.label("trend.none"), style.smallMuted());
    }
    TrendDirection direction = trend.direction().get();
    String arrow =
        switch (direction) {
          case IMPROVING -> "\u2191";
          case STABLE -> "\u2192";
          case WORSENING -> "\u2193";
        };
    Color colour =
        switch (direction) {
          case IMPROVING -> style.palette().green();
          case STABLE -> style.palette().muted();
          case WORSENING -> style.palette().red();
        };
    Phrase phrase = style.phrase();
    phrase.add(new Chunk(arrow + "\u00A0", style.fonts().bold(font.getSize(), colour)));
    phrase.add(new Chunk(style.label("trend." + direction.word()), font));
    return phrase;
  }

  /** The last 13 months' actuals (and faint targets) as a sparkline. */
  PdfPCell sparkline(KpiRow row, float width, float height) {
    Sparkline line = sparklineOf(row.score().history());
    PdfPCell cell =
        pack.cell(
            pack.figure(
                width,
                height,
                canvas ->
                    line.paint(
                        canvas, width, height, style.palette().text(), style.palette().rule())));
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    return cell;
  }

  static Sparkline sparklineOf(List<MonthPoint> history) {
    return new Sparkline(
        history.stream().map(p -> optional(p.actual())).toList(),
        history.stream().map(p -> optional(p.target())).toList());
  }

  static OptionalDouble optional(Figure figure) {
    return figure.optional();
  }
}

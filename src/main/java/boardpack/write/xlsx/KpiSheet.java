package boardpack.write.xlsx;

import boardpack.compute.KpiRow;
import boardpack.compute.PairRow;
import boardpack.compute.Variance;
import boardpack.model.Comment;
import boardpack.model.Figure;
import boardpack.model.Kpi;
import boardpack.model.KpiScore;
import boardpack.model.Measure;
import boardpack.model.MonthValue;
import boardpack.model.Outlook;
import boardpack.write.xlsx.CellStyles.Look;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The KPIs sheet: one row per KPI with the month, quarter-to-date and year-to-date figures, the
 * outlook, the trend and the lead/lag links. Variance and variance % are live formulas over the
 * row's actual and target ({@link VarianceFormula}), so a corrected actual carries through.
 */
final class KpiSheet {

  static final String NAME = "KPIs";
  static final int HEADER_ROW = 2;
  static final List<String> COLUMNS = KpiColumns.NAMES;
  static final int ACTUAL = COLUMNS.indexOf("Actual");
  static final int TARGET = COLUMNS.indexOf("Target");
  static final int VARIANCE = COLUMNS.indexOf("Variance B/(W)");
  static final int VARIANCE_PERCENT = COLUMNS.indexOf("Variance % B/(W)");
  static final int ATTAINMENT = COLUMNS.indexOf("Attainment");
  static final int QTD = COLUMNS.indexOf("QTD actual");
  static final int YTD = COLUMNS.indexOf("YTD actual");
  static final int ANNUAL = COLUMNS.indexOf("Annual target");
  static final int TREND = COLUMNS.indexOf("Trend");

  private final SheetWriter sheet;
  private final SourceLinks links;
  private int nextRow = HEADER_ROW + 1;

  KpiSheet(SheetWriter sheet, SourceLinks links) {
    this.sheet = sheet;
    this.links = links;
  }

  void write(String title, List<KpiRow> rows) {
    sheet.text(sheet.row(0), 0, title, Look.TITLE);
    sheet.text(
        sheet.row(1),
        0,
        "Variance B/(W): favourable positive, adverse in brackets. Sources link to the plan's cells.",
        Look.SUBTITLE);
    sheet.header(HEADER_ROW, COLUMNS);
    sheet.wrapAt(1, 36);
    sheet.wrapAt(COLUMNS.size() - 2, 48);
    sheet.wrapAt(COLUMNS.size() - 1, 48);
    for (KpiRow row : rows) {
      row(row);
    }
    if (nextRow > HEADER_ROW + 1) {
      VarianceColours.apply(
          sheet.sheet(),
          new CellRangeAddress(HEADER_ROW + 1, nextRow - 1, VARIANCE, VARIANCE_PERCENT));
    }
    sheet.finishTable(HEADER_ROW, nextRow - 1, COLUMNS.size() - 1, 2);
  }

  private void row(KpiRow line) {
    KpiScore score = line.score();
    Kpi kpi = score.kpi();
    Row row = sheet.row(nextRow++);
    UnitFormat format = UnitFormat.of(score);
    sheet.text(row, 0, kpi.id().text());
    sheet.text(row, 1, kpi.name(), Look.WRAP);
    sheet.text(row, 2, kpi.owner());
    sheet.text(row, 3, kpi.unit().text());
    sheet.text(row, 4, kpi.direction().word());
    sheet.text(row, 5, Words.capitalised(kpi.indicator().name()));
    sheet.month(row, 6, score.shownMonth());
    Measure month = score.month();
    sheet.figure(row, ACTUAL, month.actual(), format);
    source(row, ACTUAL + 1, FigureSources.of(month.actual()));
    sheet.figure(row, TARGET, month.target(), format);
    source(row, TARGET + 1, FigureSources.of(month.target()));
    variance(row, line, format);
    sheet.figure(row, ATTAINMENT, month.attainment(), UnitFormat.PERCENT);
    sheet.status(row, ATTAINMENT + 1, month.status());
    measure(row, QTD, score.quarterToDate(), format);
    measure(row, YTD, score.yearToDate(), format);
    outlook(row, score, format);
    sheet.text(row, TREND, Words.trend(score.trend().direction()));
    sheet.text(row, TREND + 1, line.leads().map(id -> id.text()).orElse(""));
    sheet.text(row, TREND + 2, ledBy(line.ledBy()));
    sheet.text(row, TREND + 3, score.needsOkr() ? "Yes" : "No");
    sheet.text(row, TREND + 4, commentary(line.commentary()), Look.WRAP);
    sheet.text(row, TREND + 5, notes(line), Look.NOTE);
  }

  private void variance(Row row, KpiRow line, UnitFormat format) {
    Variance variance = line.month();
    VarianceFormula formula = new VarianceFormula(line.kpi(), row.getRowNum());
    if (variance.amount().isAbsent()) {
      sheet.figure(row, VARIANCE, variance.amount(), format);
      sheet.figure(row, VARIANCE_PERCENT, variance.percent(), UnitFormat.PERCENT);
      return;
    }
    Measure month = line.score().month();
    double target = month.target().isPresent() ? month.target().value() : 0;
    double amount = formula.recalculated(variance.amount().value(), month.actual().value(), target);
    sheet.formula(row, VARIANCE, formula.amount(), amount, sheet.styles().variance(format));
    Optional<String> percent = formula.percent();
    if (variance.percent().isPresent() && percent.isPresent()) {
      double cached = amount == 0 ? 0 : variance.percent().value();
      sheet.formula(
          row,
          VARIANCE_PERCENT,
          percent.get(),
          cached,
          sheet.styles().variance(UnitFormat.PERCENT));
    } else {
      sheet.figure(row, VARIANCE_PERCENT, variance.percent(), UnitFormat.PERCENT);
    }
  }

  private void measure(Row row, int first, Measure measure, UnitFormat format) {
    sheet.figure(row, first, measure.actual(), format);
    sheet.figure(row, first + 1, measure.target(), format);
    sheet.figure(row, first + 2, measure.attainment(), UnitFormat.PERCENT);
    sheet.status(row, first + 3, measure.status());
  }

  private void outlook(Row row, KpiScore score, UnitFormat format) {
    Outlook outlook = score.outlook();
    sheet.figure(row, ANNUAL, score.annualTarget(), format);
    sheet.figure(row, ANNUAL + 1, outlook.forecast(), format);
    sheet.status(row, ANNUAL + 2, outlook.forecastStatus());
    sheet.figure(row, ANNUAL + 3, outlook.requiredRunRate(), format);
    // The next month's re-phased target: the first of the remaining months the outlook lists.
    Figure next =
        outlook.rephasedTargets().stream()
            .findFirst()
            .map(MonthValue::value)
            .map(Figure::of)
            .orElse(Figure.absent("no re-phased target"));
    sheet.figure(row, ANNUAL + 4, next, format);
  }

  private void source(Row row, int column, Optional<FigureSources> source) {
    if (source.isEmpty()) {
      sheet.text(row, column, "");
      return;
    }
    String label = source.get().label();
    source
        .get()
        .linked()
        .flatMap(links::to)
        .ifPresentOrElse(
            link -> sheet.link(row, column, label, link), () -> sheet.text(row, column, label));
  }

  // Finance's explanation of the month, beside the variance it explains: "text (author)".
  private static String commentary(List<Comment> comments) {
    return comments.stream()
        .map(c -> c.author().isBlank() ? c.text() : c.text() + " (" + c.author() + ")")
        .collect(Collectors.joining("\n"));
  }

  private static String ledBy(List<PairRow> pairs) {
    return pairs.stream().map(p -> p.leading().id().text()).collect(Collectors.joining(", "));
  }

  // Why each absent month figure is absent, once per reason: a dash is never left unexplained.
  private static String notes(KpiRow line) {
    Set<String> reasons = new LinkedHashSet<>();
    Measure month = line.score().month();
    month.actual().reason().ifPresent(r -> reasons.add("Actual: " + r));
    month.target().reason().ifPresent(r -> reasons.add("Target: " + r));
    if (month.actual().isPresent()) {
      line.month().percent().reason().ifPresent(r -> reasons.add("Variance %: " + r));
    }
    return String.join("; ", reasons);
  }
}

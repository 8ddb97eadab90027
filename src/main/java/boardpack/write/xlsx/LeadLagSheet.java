package boardpack.write.xlsx;

import boardpack.compute.PairRow;
import boardpack.model.Kpi;
import boardpack.model.LeadLagPair;
import boardpack.model.Prediction;
import boardpack.write.xlsx.CellStyles.Look;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;

/** The Leading-Lagging sheet: each pair with its best lag, r, n, strength and predictions. */
final class LeadLagSheet {

  static final String NAME = "Leading-Lagging";
  static final int HEADER_ROW = 2;
  static final List<String> COLUMNS =
      List.of(
          "Leading ID",
          "Leading KPI",
          "Lagging ID",
          "Lagging KPI",
          "Best lag (months)",
          "r",
          "n (pairs)",
          "Strength",
          "At risk ahead",
          "Predictions",
          "Note");

  private final SheetWriter sheet;
  private final DataFormatter formatter = new DataFormatter();

  LeadLagSheet(SheetWriter sheet) {
    this.sheet = sheet;
  }

  void write(String title, List<PairRow> pairs) {
    sheet.text(sheet.row(0), 0, title, Look.TITLE);
    sheet.text(
        sheet.row(1),
        0,
        "r: correlation of the leading KPI with the lagging KPI that many months later (strong at"
            + " 0.7 or more, moderate at 0.4). Predictions grade the lagging KPI's coming months.",
        Look.SUBTITLE);
    sheet.header(HEADER_ROW, COLUMNS);
    sheet.wrapAt(1, 28);
    sheet.wrapAt(3, 28);
    sheet.wrapAt(9, 60);
    sheet.wrapAt(10, 48);
    int next = HEADER_ROW + 1;
    for (PairRow pair : pairs) {
      row(sheet.row(next++), pair);
    }
    sheet.finishTable(HEADER_ROW, next - 1, COLUMNS.size() - 1, 1);
  }

  private void row(Row row, PairRow joined) {
    LeadLagPair pair = joined.pair();
    Kpi leading = joined.leading().kpi();
    Kpi lagging = joined.lagging().kpi();
    sheet.text(row, 0, leading.id().text());
    sheet.text(row, 1, leading.name(), Look.WRAP);
    sheet.text(row, 2, lagging.id().text());
    sheet.text(row, 3, lagging.name(), Look.WRAP);
    if (pair.bestLag().isPresent()) {
      sheet.number(row, 4, pair.bestLag().get(), sheet.styles().number(UnitFormat.COUNT));
    } else {
      sheet.text(row, 4, SheetWriter.DASH, Look.DASH);
    }
    sheet.figure(row, 5, pair.r(), UnitFormat.CORRELATION);
    sheet.number(row, 6, pair.pairs(), sheet.styles().number(UnitFormat.COUNT));
    sheet.text(row, 7, pair.strength().map(s -> Words.capitalised(s.name())).orElse(""));
    sheet.text(row, 8, pair.atRiskAhead() ? "Yes" : "No");
    // Predictions are estimates: money to the pound, counts to one decimal.
    UnitFormat format = UnitFormat.of(lagging.unit(), lagging.unit().isCurrency());
    sheet.text(row, 9, predictions(pair.predictions(), format), Look.WRAP);
    sheet.text(row, 10, pair.note(), Look.NOTE);
  }

  // "Nov 2026: £118,000 (target £125,000) ▲ Amber", one line per predicted month.
  private String predictions(List<Prediction> predictions, UnitFormat format) {
    return predictions.stream()
        .map(
            p ->
                p.month().format(TrendCharts.MONTH_LABEL)
                    + ": "
                    + shown(p.predicted(), format)
                    + p.target().optional().stream()
                        .mapToObj(t -> " (target " + shown(t, format) + ")")
                        .collect(Collectors.joining())
                    + " "
                    + StatusLook.of(p.status()).label())
        .collect(Collectors.joining("\n"));
  }

  private String shown(double value, UnitFormat format) {
    return formatter.formatRawCellContents(value, -1, format.positive());
  }
}

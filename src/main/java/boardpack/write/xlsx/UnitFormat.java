package boardpack.write.xlsx;

import boardpack.model.Figure;
import boardpack.model.KpiScore;
import boardpack.model.Unit;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Excel number format of a KPI's figures by its unit: {@code %} with one decimal, a currency
 * with its symbol ({@code "£"#,##0}; other codes {@code #,##0 "CHF"}) and no decimals unless the
 * figures have pence (yen never), anything else as a count with thousands separators (one decimal
 * for a measure whose figures are not whole, such as days). Variances use the same format with
 * adverse values in brackets (finance's B/(W)).
 */
record UnitFormat(String positive) {

  static final UnitFormat PERCENT = new UnitFormat("0.0%");
  static final UnitFormat COUNT = new UnitFormat("#,##0");
  static final UnitFormat DECIMAL = new UnitFormat("#,##0.0");
  static final UnitFormat CORRELATION = new UnitFormat("0.00");

  /** Any value as read, in full: the Changes sheet's restated actuals. */
  static final UnitFormat PLAIN = new UnitFormat("General");

  /**
   * A KPI's one format on every sheet: pence (or decimals) only when some figure the workbook shows
   * for it, this month's, the annual target or any month of its history, has them.
   */
  static UnitFormat of(KpiScore score) {
    Stream<Figure> shown =
        Stream.concat(
            Stream.of(score.month().actual(), score.month().target(), score.annualTarget()),
            score.history().stream().flatMap(point -> Stream.of(point.actual(), point.target())));
    return of(score.kpi().unit(), shown);
  }

  /** The format for {@code unit} of the figures shown with it (absent ones ignored). */
  static UnitFormat of(Unit unit, Stream<Figure> shown) {
    return of(
        unit, shown.filter(Figure::isPresent).allMatch(f -> f.value() == Math.rint(f.value())));
  }

  /** The format for {@code unit}; {@code whole}: every figure shown with it is a whole number. */
  static UnitFormat of(Unit unit, boolean whole) {
    if (unit.isPercent()) {
      return PERCENT;
    }
    if (!unit.isCurrency()) {
      return whole ? COUNT : DECIMAL;
    }
    Optional<String> symbol = unit.symbol();
    // Yen have no minor unit; other amounts show pence only when the figures have them.
    String digits = whole || symbol.filter("¥"::equals).isPresent() ? "#,##0" : "#,##0.00";
    return new UnitFormat(
        symbol.map(s -> quoted(s) + digits).orElse(digits + " " + quoted(unit.text())));
  }

  /** The same numbers with the adverse (negative) side in brackets: {@code #,##0;(#,##0)}. */
  String variance() {
    return positive + ";(" + positive + ")";
  }

  /** Excel needs literal text in a format quoted; a quote inside is doubled as a backslash. */
  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\\\"") + "\"";
  }
}

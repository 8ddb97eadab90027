package boardpack.write.pdf;

import boardpack.compute.PackView;
import boardpack.compute.ScorecardEngine;
import boardpack.model.Aggregation;
import boardpack.model.Band;
import boardpack.model.Direction;
import boardpack.model.Frequency;
import boardpack.model.Id;
import boardpack.model.Indicator;
import boardpack.model.Kpi;
import boardpack.model.PageSize;
import boardpack.model.Plan;
import boardpack.model.Problem;
import boardpack.model.Series;
import boardpack.model.Settings;
import boardpack.model.Source;
import boardpack.model.Unit;
import boardpack.model.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Test-only plans built in code for the board pack: KPIs only (no OKR sheets), monthly actuals and
 * targets for January to October 2026, reported for October.
 */
final class PackPlans {

  static final YearMonth PERIOD = YearMonth.of(2026, 10);
  private static final Source HERE = Source.file("test");

  private final String organisation;
  private final List<Kpi> kpis = new ArrayList<>();
  private final Map<Id, Series> targets = new HashMap<>();
  private final Map<Id, Series> actuals = new HashMap<>();
  private PageSize pageSize = PageSize.A4;

  private PackPlans(String organisation) {
    this.organisation = organisation;
  }

  static PackPlans organisation(String name) {
    return new PackPlans(name);
  }

  PackPlans letter() {
    pageSize = PageSize.LETTER;
    return this;
  }

  /** A Sum KPI with target {@code target} every month and actual {@code actual} every month. */
  PackPlans kpi(String id, String name, String unit, double target, double actual) {
    kpis.add(
        new Kpi(
            Id.of(id),
            name,
            "Owner " + (kpis.size() % 7),
            new Unit(unit),
            Direction.HIGHER_IS_BETTER,
            Indicator.LAGGING,
            Aggregation.SUM,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Frequency.MONTHLY,
            "Ledger",
            HERE,
            false));
    targets.put(Id.of(id), monthly(target));
    actuals.put(Id.of(id), monthly(actual));
    return this;
  }

  /**
   * A KPI with its own targets and actuals for January to October; NaN leaves a month unreported.
   */
  PackPlans kpi(String id, Unit unit, Direction direction, double[] target, double[] actual) {
    Optional<Band> band =
        direction == Direction.WITHIN_RANGE
            ? Optional.of(
                new Band(
                    new Value(Math.min(target[0], actual[0]), HERE),
                    new Value(Math.max(target[0], actual[0]), HERE)))
            : Optional.empty();
    Aggregation aggregation =
        direction == Direction.WITHIN_RANGE ? Aggregation.AVERAGE : Aggregation.SUM;
    kpis.add(
        new Kpi(
            Id.of(id),
            "KPI " + id,
            "",
            unit,
            direction,
            Indicator.LAGGING,
            aggregation,
            Optional.empty(),
            band,
            Optional.empty(),
            Optional.empty(),
            Frequency.MONTHLY,
            "",
            HERE,
            false));
    targets.put(Id.of(id), months(target));
    actuals.put(Id.of(id), months(actual));
    return this;
  }

  private static Series months(double[] values) {
    TreeMap<YearMonth, Value> series = new TreeMap<>();
    for (int i = 0; i < values.length && i < PERIOD.getMonthValue(); i++) {
      if (!Double.isNaN(values[i])) {
        series.put(YearMonth.of(2026, i + 1), new Value(values[i], HERE));
      }
    }
    return new Series(series);
  }

  /** A KPI with targets but no actual reported at all. */
  PackPlans unreported(String id, String name) {
    kpi(id, name, "", 100, 0);
    actuals.remove(Id.of(id));
    return this;
  }

  Plan plan() {
    Settings settings =
        new Settings(
            organisation,
            Optional.of(PERIOD),
            Month.JANUARY,
            Optional.of("EUR"),
            Settings.DEFAULT_AMBER_TOLERANCE,
            pageSize,
            "Strictly confidential");
    return new Plan(
        "test.xlsx", settings, kpis, targets, actuals, List.of(), List.of(), List.of(), List.of());
  }

  PackView view() {
    return view(List.of());
  }

  PackView view(List<Problem> readerProblems) {
    return PackView.of(ScorecardEngine.compute(plan(), PERIOD), readerProblems);
  }

  /** The pack in the built-in template, as bytes. */
  byte[] pdf() throws IOException, TemplateException {
    return pdf(Template.builtIn());
  }

  byte[] pdf(Template template) throws IOException, TemplateException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BoardPackPdf.write(view(), template, out);
    return out.toByteArray();
  }

  private static Series monthly(double value) {
    TreeMap<YearMonth, Value> values = new TreeMap<>();
    for (int month = 1; month <= PERIOD.getMonthValue(); month++) {
      values.put(YearMonth.of(2026, month), new Value(value, HERE));
    }
    return new Series(values);
  }
}

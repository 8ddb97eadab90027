package boardpack.compute;

import boardpack.model.Aggregation;
import boardpack.model.Band;
import boardpack.model.Comment;
import boardpack.model.Direction;
import boardpack.model.FiscalCalendar;
import boardpack.model.Frequency;
import boardpack.model.Id;
import boardpack.model.Indicator;
import boardpack.model.KeyResult;
import boardpack.model.KeyResultType;
import boardpack.model.Kpi;
import boardpack.model.Metric;
import boardpack.model.Objective;
import boardpack.model.PageSize;
import boardpack.model.Plan;
import boardpack.model.Series;
import boardpack.model.Settings;
import boardpack.model.Source;
import boardpack.model.Unit;
import boardpack.model.Value;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Test-only builder of plans in code, so compute tests need no files. Months are written "2026-04";
 * a {@code Double.NaN} in a run of values means "not reported".
 */
final class PlanBuilder {

  static final Source HERE = Source.file("test");

  private Month fiscalYearStart = Month.JANUARY;
  private double tolerance = Settings.DEFAULT_AMBER_TOLERANCE;
  private Optional<YearMonth> reportingPeriod = Optional.empty();
  private final List<Kpi> kpis = new ArrayList<>();
  private final Map<Id, TreeMap<YearMonth, Value>> targets = new HashMap<>();
  private final Map<Id, TreeMap<YearMonth, Value>> actuals = new HashMap<>();
  private final List<Objective> objectives = new ArrayList<>();
  private final List<KeyResult> keyResults = new ArrayList<>();
  private final List<Comment> commentary = new ArrayList<>();
  private final Map<String, Map<Id, Integer>> rows = new HashMap<>();

  static PlanBuilder plan() {
    return new PlanBuilder();
  }

  static YearMonth month(String text) {
    return YearMonth.parse(text);
  }

  static Value value(double number) {
    return new Value(number, HERE);
  }

  static Band band(double lower, double upper) {
    return new Band(value(lower), value(upper));
  }

  PlanBuilder fiscalYearStart(Month start) {
    fiscalYearStart = start;
    return this;
  }

  PlanBuilder tolerance(double amberTolerance) {
    tolerance = amberTolerance;
    return this;
  }

  PlanBuilder reportingPeriod(String month) {
    reportingPeriod = Optional.of(month(month));
    return this;
  }

  PlanBuilder kpi(KpiBuilder kpi) {
    kpis.add(kpi.build());
    return this;
  }

  /** Actuals for consecutive months from {@code firstMonth}; NaN leaves a month unreported. */
  PlanBuilder actuals(String id, String firstMonth, double... values) {
    put(actuals, "Actuals", id, firstMonth, values);
    return this;
  }

  /**
   * Targets-sheet cells for consecutive months from {@code firstMonth}; NaN leaves a cell blank.
   */
  PlanBuilder targets(String id, String firstMonth, double... values) {
    put(targets, "Targets", id, firstMonth, values);
    return this;
  }

  PlanBuilder objective(Objective objective) {
    objectives.add(objective);
    return this;
  }

  PlanBuilder keyResult(KeyResult keyResult) {
    keyResults.add(keyResult);
    return this;
  }

  PlanBuilder comment(Comment comment) {
    commentary.add(comment);
    return this;
  }

  Plan build() {
    Settings settings =
        new Settings(
            "Test Co",
            reportingPeriod,
            fiscalYearStart,
            Optional.empty(),
            tolerance,
            PageSize.A4,
            Settings.DEFAULT_CONFIDENTIALITY);
    return new Plan(
        "test.xlsx",
        settings,
        kpis,
        series(targets),
        series(actuals),
        objectives,
        keyResults,
        commentary,
        List.of());
  }

  static KpiBuilder kpi(String id) {
    return new KpiBuilder(id);
  }

  static Objective objective(String id, String start, String end) {
    return new Objective(
        Id.of(id),
        "Objective " + id,
        "",
        "",
        Optional.empty(),
        month(start),
        month(end),
        Optional.empty(),
        HERE);
  }

  static Objective objective(String id, String start, String end, String parent, String kpi) {
    return new Objective(
        Id.of(id),
        "Objective " + id,
        "",
        "",
        Optional.ofNullable(parent).map(Id::of),
        month(start),
        month(end),
        Optional.ofNullable(kpi).map(Id::of),
        HERE);
  }

  /** An Increase (or Decrease, when target < start) outcome KR with weight 1. */
  static KeyResult moving(String id, String objective, double start, double target, String due) {
    Metric metric = target >= start ? Metric.INCREASE : Metric.DECREASE;
    return new KeyResult(
        Id.of(id),
        Id.of(objective),
        "KR " + id,
        "",
        KeyResultType.OUTCOME,
        metric,
        Optional.of(value(start)),
        Optional.of(value(target)),
        Optional.empty(),
        month(due),
        1,
        Optional.empty(),
        HERE);
  }

  static KeyResult keyResult(
      String id, String objective, Metric metric, String due, double weight) {
    KeyResultType type = metric == Metric.MILESTONE ? KeyResultType.EFFORT : KeyResultType.OUTCOME;
    return new KeyResult(
        Id.of(id),
        Id.of(objective),
        "KR " + id,
        "",
        type,
        metric,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        month(due),
        weight,
        Optional.empty(),
        HERE);
  }

  /**
   * An Increase or Decrease KR with the metric given, for T = S (which {@link #moving} reads as
   * Increase).
   */
  static KeyResult moving(
      String id, String objective, Metric metric, double start, double target, String due) {
    return new KeyResult(
        Id.of(id),
        Id.of(objective),
        "KR " + id,
        "",
        KeyResultType.OUTCOME,
        metric,
        Optional.of(value(start)),
        Optional.of(value(target)),
        Optional.empty(),
        month(due),
        1,
        Optional.empty(),
        HERE);
  }

  /** A Threshold outcome KR keeping inside [lower, upper], weight 1. */
  static KeyResult threshold(String id, String objective, double lower, double upper, String due) {
    return new KeyResult(
        Id.of(id),
        Id.of(objective),
        "KR " + id,
        "",
        KeyResultType.OUTCOME,
        Metric.THRESHOLD,
        Optional.empty(),
        Optional.empty(),
        Optional.of(band(lower, upper)),
        month(due),
        1,
        Optional.empty(),
        HERE);
  }

  /** The same KR measured by a KPI (its values are then that KPI's actuals). */
  static KeyResult tracking(KeyResult kr, String kpi) {
    return new KeyResult(
        kr.id(),
        kr.objective(),
        kr.statement(),
        kr.owner(),
        kr.type(),
        kr.metric(),
        kr.startValue(),
        kr.target(),
        kr.band(),
        kr.due(),
        kr.weight(),
        Optional.of(Id.of(kpi)),
        kr.source());
  }

  /**
   * Each value gets its own cell of {@code sheet}, so figures can name their sources: a row per ID
   * (in the order first given) and a column per month from January 2000 in column B.
   */
  private void put(
      Map<Id, TreeMap<YearMonth, Value>> into,
      String sheet,
      String id,
      String first,
      double[] values) {
    TreeMap<YearMonth, Value> row = into.computeIfAbsent(Id.of(id), k -> new TreeMap<>());
    Map<Id, Integer> rowsOfSheet = rows.computeIfAbsent(sheet, k -> new HashMap<>());
    int rowIndex = rowsOfSheet.computeIfAbsent(Id.of(id), k -> rowsOfSheet.size() + 1);
    YearMonth m = month(first);
    for (double v : values) {
      if (!Double.isNaN(v)) {
        int column = 1 + (int) FiscalCalendar.monthsBetween(YearMonth.of(2000, 1), m);
        row.put(m, new Value(v, Source.cell("test.xlsx", sheet, rowIndex, column)));
      }
      m = m.plusMonths(1);
    }
  }

  private static Map<Id, Series> series(Map<Id, TreeMap<YearMonth, Value>> rows) {
    Map<Id, Series> result = new HashMap<>();
    rows.forEach((id, row) -> result.put(id, new Series(row)));
    return result;
  }

  /** Builds a KPI with workbook.md's defaults: higher is better, lagging, Sum, monthly. */
  static final class KpiBuilder {
    private final String id;
    private String owner = "";
    private Unit unit = Unit.NONE;
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private Indicator indicator = Indicator.LAGGING;
    private Aggregation aggregation = Aggregation.SUM;
    private Optional<Value> annualTarget = Optional.empty();
    private Optional<Band> band = Optional.empty();
    private Optional<Id> leads = Optional.empty();
    private Optional<Integer> lag = Optional.empty();
    private Frequency frequency = Frequency.MONTHLY;

    private KpiBuilder(String id) {
      this.id = id;
    }

    KpiBuilder owner(String name) {
      owner = name;
      return this;
    }

    KpiBuilder unit(String text) {
      unit = new Unit(text);
      return this;
    }

    KpiBuilder lowerIsBetter() {
      direction = Direction.LOWER_IS_BETTER;
      return this;
    }

    KpiBuilder withinRange(double lower, double upper) {
      direction = Direction.WITHIN_RANGE;
      band = Optional.of(band(lower, upper));
      aggregation = Aggregation.AVERAGE;
      return this;
    }

    KpiBuilder aggregation(Aggregation value) {
      aggregation = value;
      return this;
    }

    KpiBuilder annualTarget(double value) {
      annualTarget = Optional.of(value(value));
      return this;
    }

    /** An Annual target read from a given place, for tests of where figures come from. */
    KpiBuilder annualTarget(Value value) {
      annualTarget = Optional.of(value);
      return this;
    }

    KpiBuilder leads(String lagging) {
      indicator = Indicator.LEADING;
      leads = Optional.of(Id.of(lagging));
      return this;
    }

    KpiBuilder lag(int months) {
      lag = Optional.of(months);
      return this;
    }

    KpiBuilder quarterly() {
      frequency = Frequency.QUARTERLY;
      return this;
    }

    Kpi build() {
      return new Kpi(
          Id.of(id),
          "KPI " + id,
          owner,
          unit,
          direction,
          indicator,
          aggregation,
          annualTarget,
          band,
          leads,
          lag,
          frequency,
          "",
          HERE,
          false);
    }
  }
}

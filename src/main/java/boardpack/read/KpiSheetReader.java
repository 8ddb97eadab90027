package boardpack.read;

import boardpack.model.Aggregation;
import boardpack.model.Band;
import boardpack.model.Direction;
import boardpack.model.Frequency;
import boardpack.model.Id;
import boardpack.model.Indicator;
import boardpack.model.Kpi;
import boardpack.model.Unit;
import boardpack.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** workbook.md, KPIs: one KPI per row, with its defaults applied. */
final class KpiSheetReader {

  static final String SHEET = "KPIs";
  static final String ID = "ID";
  static final String NAME = "Name";
  static final String OWNER = "Owner";
  static final String UNIT = "Unit";
  static final String DIRECTION = "Direction";
  static final String INDICATOR = "Indicator";
  static final String AGGREGATION = "Aggregation";
  static final String ANNUAL_TARGET = "Annual target";
  static final String LOWER = "Lower";
  static final String UPPER = "Upper";
  static final String LEADS = "Leads";
  static final String LAG = "Lag";
  static final String FREQUENCY = "Frequency";
  static final String DATA_SOURCE = "Data source";
  static final String BOARD = "Board";
  static final TableSpec SPEC =
      new TableSpec(
          SHEET,
          ID,
          List.of(ID, NAME),
          List.of(
              OWNER,
              UNIT,
              DIRECTION,
              INDICATOR,
              AGGREGATION,
              ANNUAL_TARGET,
              LOWER,
              UPPER,
              LEADS,
              LAG,
              FREQUENCY,
              DATA_SOURCE,
              BOARD));

  private KpiSheetReader() {}

  /** The KPIs of rows whose IDs are registered; a row too broken to make a KPI is left out. */
  static List<Kpi> read(List<TableRow> rows, IdRegistry ids) {
    List<Kpi> kpis = new ArrayList<>();
    for (TableRow row : rows) {
      kpi(row, ids).ifPresent(kpis::add);
    }
    if (!rows.isEmpty()) {
      DefaultNotes.noteAbsentColumns(rows.get(0).table());
    }
    return kpis;
  }

  private static Optional<Kpi> kpi(TableRow row, IdRegistry ids) {
    String name = row.text(NAME);
    if (name.isEmpty()) {
      row.reportBlank(NAME, "the KPI's name");
    }
    Unit unit = new Unit(row.text(UNIT));
    Direction direction = DefaultNotes.direction(row);
    boolean withinRange = direction == Direction.WITHIN_RANGE;
    Optional<Band> band = withinRange ? band(row, "a Within range KPI") : ignoredBand(row);
    if (withinRange && band.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Kpi(
            row.id(),
            name,
            row.text(OWNER),
            unit,
            direction,
            row.word(INDICATOR, Words.INDICATOR).orElse(Indicator.LAGGING),
            aggregation(row, unit, direction),
            annualTarget(row, withinRange),
            band,
            leads(row, ids),
            lag(row),
            row.word(FREQUENCY, Words.FREQUENCY).orElse(Frequency.MONTHLY),
            row.text(DATA_SOURCE),
            row.source(),
            row.word(BOARD, Words.YES_NO).orElse(false)));
  }

  /**
   * workbook.md: default Sum, but Average when Unit is % or Direction is Within range; a Sum given
   * with a band is a warning and Average is used (calculations.md: a Within range KPI never sums).
   */
  private static Aggregation aggregation(TableRow row, Unit unit, Direction direction) {
    boolean withinRange = direction == Direction.WITHIN_RANGE;
    Optional<Aggregation> given = row.word(AGGREGATION, Words.AGGREGATION);
    if (given.isPresent() && given.get().usedFor(direction) != given.get()) {
      row.problems()
          .warning(
              row.at(AGGREGATION),
              "aggregation Sum is read as Average, as "
                  + row.key()
                  + " is Within range and a Within range KPI never sums");
      return given.get().usedFor(direction);
    }
    Aggregation aggregation =
        given.orElse(unit.isPercent() || withinRange ? Aggregation.AVERAGE : Aggregation.SUM);
    if (!withinRange && row.isBlank(AGGREGATION) && row.table().column(AGGREGATION).isPresent()) {
      DefaultNotes.noteAggregation(row, aggregation, unit);
    }
    return aggregation;
  }

  /**
   * calculations.md: a Within range KPI has no annual target; one given is ignored, with a warning.
   */
  private static Optional<Value> annualTarget(TableRow row, boolean withinRange) {
    Optional<Value> annual = row.number(ANNUAL_TARGET, "annual target");
    if (withinRange && annual.isPresent()) {
      row.problems()
          .warning(
              row.at(ANNUAL_TARGET),
              "annual target "
                  + CellValues.show(annual.get().number())
                  + " is ignored, as "
                  + row.key()
                  + " is Within range and measured against its band");
      return Optional.empty();
    }
    return annual;
  }

  /**
   * The band in the Lower and Upper columns, which {@code who} needs; empty (reported) when a bound
   * is blank or not a number, or Lower is above Upper.
   */
  static Optional<Band> band(TableRow row, String who) {
    Optional<Value> lower = bound(row, LOWER, "lower bound", who);
    Optional<Value> upper = bound(row, UPPER, "upper bound", who);
    if (lower.isEmpty() || upper.isEmpty()) {
      return Optional.empty();
    }
    if (lower.get().number() > upper.get().number()) {
      row.problems()
          .error(
              row.at(LOWER),
              "lower bound "
                  + CellValues.show(lower.get().number())
                  + " is above the upper bound "
                  + CellValues.show(upper.get().number())
                  + " ("
                  + row.at(UPPER).place()
                  + "); expected Lower at or below Upper");
      return Optional.empty();
    }
    return Optional.of(new Band(lower.get(), upper.get()));
  }

  private static Optional<Value> bound(TableRow row, String heading, String what, String who) {
    if (row.isBlank(heading)) {
      row.problems()
          .error(
              row.at(heading),
              what + " is blank; expected a number, as " + who + " needs Lower and Upper");
      return Optional.empty();
    }
    return row.number(heading, what);
  }

  private static Optional<Band> ignoredBand(TableRow row) {
    String heading = row.isBlank(LOWER) ? UPPER : LOWER;
    if (!row.isBlank(heading)) {
      row.problems()
          .warning(
              row.at(heading),
              "Lower and Upper are ignored, as "
                  + row.key()
                  + " is not Within range; expected a band only for a Within range KPI");
    }
    return Optional.empty();
  }

  private static Optional<Id> leads(TableRow row, IdRegistry ids) {
    Optional<Id> leads = ids.resolve(row.field(LEADS), IdRegistry.Kind.KPI, row.problems());
    if (leads.isPresent() && leads.get().equals(row.id())) {
      row.problems()
          .error(
              row.at(LEADS),
              "leads \""
                  + row.text(LEADS)
                  + "\" is this KPI itself; expected the ID of another KPI");
      return Optional.empty();
    }
    return leads;
  }

  /** Lag in whole months, 0 or more; blank: found from the data (calculations.md). */
  private static Optional<Integer> lag(TableRow row) {
    Optional<Value> lag = row.number(LAG, "lag");
    double months = lag.map(Value::number).orElse(0.0);
    if (!(months >= 0 && months == Math.rint(months))) {
      row.problems()
          .error(
              row.at(LAG),
              "lag "
                  + CellValues.show(months)
                  + " is not a whole number of"
                  + " months of 0 or more; expected 0, 1, 2 ..., or blank to find it from the data");
      return Optional.empty();
    }
    return lag.map(value -> (int) value.number());
  }
}

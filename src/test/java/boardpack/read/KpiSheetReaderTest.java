package boardpack.read;

import static boardpack.read.Readings.assertErrors;
import static boardpack.read.Readings.assertWarnings;
import static boardpack.read.Readings.cells;
import static boardpack.read.Readings.kpis;
import static boardpack.read.Readings.plan;
import static boardpack.read.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Aggregation;
import boardpack.model.Direction;
import boardpack.model.Frequency;
import boardpack.model.Indicator;
import boardpack.model.Kpi;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** workbook.md, KPIs: words and synonyms, defaults, bands, Leads and Lag. */
class KpiSheetReaderTest {

  private static final Object[] HEADER =
      cells("ID", "Name", "Direction", "Lower", "Upper", "Unit", "Aggregation", "Annual target");

  @Test
  void direction_everyWordAndSynonym_matchedIgnoringCaseAndSpaces() {
    List<Kpi> kpis =
        plan(read(
                kpis(
                    HEADER,
                    cells("K1", "a", "Higher is better", null, null, null, null, 1),
                    cells("K2", "b", "up", null, null, null, null, 1),
                    cells("K3", "c", "INCREASE", null, null, null, null, 1),
                    cells("K4", "d", "lower-is-better", null, null, null, null, 1),
                    cells("K5", "e", "Down", null, null, null, null, 1),
                    cells("K6", "f", "decrease", null, null, null, null, 1),
                    cells("K7", "g", "Within  range", 1, 2),
                    cells("K8", "h", "range", 1, 2),
                    cells("K9", "i", "Band", 1, 2),
                    cells("K10", "j", null, null, null, null, null, 1))))
            .kpis();

    assertEquals(
        List.of(
            Direction.HIGHER_IS_BETTER,
            Direction.HIGHER_IS_BETTER,
            Direction.HIGHER_IS_BETTER,
            Direction.LOWER_IS_BETTER,
            Direction.LOWER_IS_BETTER,
            Direction.LOWER_IS_BETTER,
            Direction.WITHIN_RANGE,
            Direction.WITHIN_RANGE,
            Direction.WITHIN_RANGE,
            Direction.HIGHER_IS_BETTER),
        kpis.stream().map(Kpi::direction).toList());
  }

  @Test
  void indicatorAggregationFrequency_everyWord_andDefaults() {
    List<Kpi> kpis =
        plan(read(
                kpis(
                    cells("ID", "Name", "Indicator", "Aggregation", "Frequency", "Annual target"),
                    cells("K1", "a", "Leading", "Sum", "Monthly", 1),
                    cells("K2", "b", "lagging", "average", "QUARTERLY", 1),
                    cells("K3", "c", null, "Last", null, 1))))
            .kpis();

    assertEquals(
        List.of(Indicator.LEADING, Indicator.LAGGING, Indicator.LAGGING),
        kpis.stream().map(Kpi::indicator).toList());
    assertEquals(
        List.of(Aggregation.SUM, Aggregation.AVERAGE, Aggregation.LAST),
        kpis.stream().map(Kpi::aggregation).toList());
    assertEquals(
        List.of(Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.MONTHLY),
        kpis.stream().map(Kpi::frequency).toList());
  }

  @Test
  void unknownWords_areErrorsListingTheAcceptedWords() {
    PlanReading reading =
        read(
            kpis(
                cells("ID", "Name", "Direction", "Indicator", "Aggregation", "Frequency"),
                cells("K1", "a", "Sideways", "Lead", "Mean", "Weekly")));

    assertErrors(
        reading,
        "KPIs!C2: direction \"Sideways\" is not known; expected one of Higher is better, Up, Increase,"
            + " Lower is better, Down, Decrease, Within range, Range, Band",
        "KPIs!D2: indicator \"Lead\" is not known; expected one of Leading, Lagging",
        "KPIs!E2: aggregation \"Mean\" is not known; expected one of Sum, Average, Last",
        "KPIs!F2: frequency \"Weekly\" is not known; expected one of Monthly, Quarterly");
  }

  @Test
  void defaults_whenOnlyIdAndNameAreGiven() {
    Kpi kpi = plan(read(kpis(cells("ID", "Name"), cells("K1", "Revenue")))).kpis().get(0);

    assertEquals(
        List.of(Direction.HIGHER_IS_BETTER, Indicator.LAGGING, Aggregation.SUM, Frequency.MONTHLY),
        List.of(kpi.direction(), kpi.indicator(), kpi.aggregation(), kpi.frequency()));
    assertEquals(List.of("", "", ""), List.of(kpi.owner(), kpi.unit().text(), kpi.dataSource()));
    assertEquals(
        List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
        List.of(kpi.annualTarget(), kpi.band(), kpi.leads(), kpi.lag()));
  }

  @Test
  void aggregation_defaultsToAverageForPercentOrWithinRange_givenWordWins() {
    List<Kpi> kpis =
        plan(read(
                kpis(
                    HEADER,
                    cells("K1", "a", null, null, null, "%", null, 0.5),
                    cells("K2", "b", "Band", 1, 2, null, null),
                    cells("K3", "c", null, null, null, "%", "Last", 0.5),
                    cells("K4", "d", null, null, null, "USD", null, 1))))
            .kpis();

    assertEquals(
        List.of(Aggregation.AVERAGE, Aggregation.AVERAGE, Aggregation.LAST, Aggregation.SUM),
        kpis.stream().map(Kpi::aggregation).toList());
  }

  @Test
  void aggregation_sumGivenWithABand_isAWarningAndAverageIsUsed() {
    PlanReading reading = read(kpis(HEADER, cells("K1", "a", "Within range", 1, 2, null, "Sum")));

    assertEquals(Aggregation.AVERAGE, plan(reading).kpis().get(0).aggregation());
    assertWarnings(
        reading,
        "KPIs!G2: aggregation Sum is read as Average, as K1 is Within range and a Within range KPI never sums");
  }

  @Test
  void withinRange_bandFromLowerAndUpper() {
    Kpi kpi = plan(read(kpis(HEADER, cells("K1", "a", "Within range", "95%", 1.05)))).kpis().get(0);

    assertEquals(
        List.of(0.95, 1.05),
        List.of(kpi.band().orElseThrow().low(), kpi.band().orElseThrow().high()));
    assertEquals("KPIs!D2", kpi.band().orElseThrow().lower().source().place());
  }

  @Test
  void withinRange_withoutLowerOrUpper_isAnErrorNamingTheCell() {
    PlanReading reading =
        read(
            kpis(
                HEADER,
                cells("K1", "a", "Within range", null, 2),
                cells("K2", "b", "Band", 1, null)));

    assertErrors(
        reading,
        "KPIs!D2: lower bound is blank; expected a number, as a Within range KPI needs Lower and Upper",
        "KPIs!E3: upper bound is blank; expected a number, as a Within range KPI needs Lower and Upper");
  }

  @Test
  void withinRange_lowerAboveUpper_isAnError() {
    assertErrors(
        read(kpis(HEADER, cells("K1", "a", "Band", 20, 10))),
        "KPIs!D2: lower bound 20 is above the upper bound 10 (KPIs!E2); expected Lower at or below Upper");
  }

  @Test
  void withinRange_annualTargetIsIgnoredWithAWarning() {
    PlanReading reading = read(kpis(HEADER, cells("K1", "a", "Band", 10, 20, null, null, 15)));

    assertEquals(Optional.empty(), plan(reading).kpis().get(0).annualTarget());
    assertWarnings(
        reading,
        "KPIs!H2: annual target 15 is ignored, as K1 is Within range and measured against its band");
  }

  @Test
  void lowerAndUpper_forAKpiNotWithinRange_areIgnoredWithAWarning() {
    PlanReading reading = read(kpis(HEADER, cells("K1", "a", "Up", 10, 20, null, null, 15)));

    assertEquals(Optional.empty(), plan(reading).kpis().get(0).band());
    assertWarnings(
        reading,
        "KPIs!D2: Lower and Upper are ignored, as K1 is not Within range; expected a band only for a Within range KPI");
  }

  @Test
  void leadsAndLag_readAndResolved() {
    Kpi calls =
        plan(read(
                kpis(
                    cells("ID", "Name", "Leads", "Lag", "Annual target"),
                    cells("CALLS", "Calls", "rev", 2, 1),
                    cells("Rev", "Revenue", null, null, 1))))
            .kpis()
            .get(0);

    assertEquals(
        List.of("Rev", "2"),
        List.of(calls.leads().orElseThrow().text(), calls.lag().orElseThrow().toString()));
  }

  @Test
  void leads_unknownOrItselfOrAKeyResult_andLagNotAWholeNumber_areErrors() {
    TestWorkbook workbook =
        kpis(
            cells("ID", "Name", "Leads", "Lag", "Annual target"),
            cells("K1", "a", "K9", 1.5, 1),
            cells("K2", "b", "k2", -1, 1),
            cells("K3", "c", "KR1", null, 1));
    workbook
        .sheet("Objectives")
        .row("ID", "Objective", "Start", "End")
        .row("O1", "Grow", Readings.JAN, Readings.JAN);
    workbook
        .sheet("KeyResults")
        .row("ID", "Objective", "Key result", "Metric")
        .row("KR1", "O1", "Ship", "Baseline");

    assertErrors(
        read(workbook),
        "KPIs!C2: leads \"K9\" is not a KPI ID; expected the ID of a row of the KPIs sheet",
        "KPIs!D2: lag 1.5 is not a whole number of months of 0 or more; expected 0, 1, 2 ..., or blank to find it from the data",
        "KPIs!C3: leads \"k2\" is this KPI itself; expected the ID of another KPI",
        "KPIs!D3: lag -1 is not a whole number of months of 0 or more; expected 0, 1, 2 ..., or blank to find it from the data",
        "KPIs!C4: leads \"KR1\" is a key result ID, not a KPI ID; expected the ID of a row of the KPIs sheet");
  }

  @Test
  void blankName_isAnError() {
    assertErrors(
        read(kpis(cells("ID", "Name", "Annual target"), cells("K1", null, 1))),
        "KPIs!B2: name is blank; expected the KPI's name");
  }
}

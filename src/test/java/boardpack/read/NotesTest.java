package boardpack.read;

import static boardpack.read.Readings.JAN;
import static boardpack.read.Readings.assertErrors;
import static boardpack.read.Readings.assertWarnings;
import static boardpack.read.Readings.cells;
import static boardpack.read.Readings.kpis;
import static boardpack.read.Readings.messages;
import static boardpack.read.Readings.plan;
import static boardpack.read.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Aggregation;
import boardpack.model.Direction;
import boardpack.model.Kpi;
import boardpack.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** workbook.md, General rules: a default that decides a status is a note; and the Board column. */
class NotesTest {

  private static final String FISCAL_YEAR =
      "plan.xlsx: Fiscal year start is not set, so the fiscal year runs January to December"
          + " (quarters and year-to-date follow it); set Fiscal year start in Settings if yours"
          + " starts in another month";

  /** Sorted, so the test holds whatever order places sort in. */
  private static List<String> sorted(String... messages) {
    return sorted(List.of(messages));
  }

  private static List<String> sorted(List<String> messages) {
    return messages.stream().sorted().toList();
  }

  @Test
  void blankDirectionAndAggregation_areNotes_notWarnings() {
    PlanReading reading =
        read(
            kpis(
                cells("ID", "Name", "Unit", "Direction", "Aggregation", "Annual target"),
                cells("K1", "Waste", "kg", null, null, 10),
                cells("K2", "Margin", "%", "Up", null, 0.4),
                cells("K3", "Cost", "GBP", "Down", "Sum", 5)));

    assertWarnings(reading);
    assertEquals(
        sorted(
            "KPIs!D2: direction is blank, so K1 is read as Higher is better; fill in Lower is"
                + " better or Within range if that is what it is",
            "KPIs!E2: aggregation is blank, so K1's quarter-to-date and year-to-date figures are"
                + " the Sum of its months; fill in Sum, Average or Last if it should be otherwise",
            "KPIs!E3: aggregation is blank, so K2's quarter-to-date and year-to-date figures are"
                + " the Average of its months (as its unit is %); fill in Sum, Average or Last if"
                + " it should be otherwise",
            FISCAL_YEAR),
        sorted(messages(reading.notes())));
    List<Kpi> kpis = plan(reading).kpis();
    assertEquals(Direction.HIGHER_IS_BETTER, kpis.get(0).direction());
    assertEquals(Aggregation.AVERAGE, kpis.get(1).aggregation());
  }

  @Test
  void absentDirectionAndAggregationColumns_areOneNoteEachAtTheHeaderRow() {
    PlanReading reading = read(Readings.minimal());

    assertEquals(
        sorted(
            "KPIs!1:1: there is no Direction column, so every KPI is read as Higher is better; add"
                + " a Direction column for KPIs where lower is better or a band is the target",
            "KPIs!1:1: there is no Aggregation column, so quarter and year figures are the Sum of"
                + " the months (the Average for % and Within range KPIs); add an Aggregation column"
                + " where that is wrong",
            FISCAL_YEAR),
        sorted(messages(reading.notes())));
    assertEquals(
        List.of(Severity.NOTE, Severity.NOTE, Severity.NOTE),
        reading.notes().stream().map(p -> p.severity()).toList());
  }

  @Test
  void blankWeightBesideGivenWeights_isANote_allBlankIsNot() {
    TestWorkbook workbook = Readings.minimal();
    workbook.sheet("Settings").row("Setting", "Value").row("Fiscal year start", "January");
    workbook
        .sheet("Objectives")
        .row("ID", "Objective", "Start", "End")
        .row("O1", "Grow", JAN, JAN)
        .row("O2", "Keep", JAN, JAN);
    workbook
        .sheet("KeyResults")
        .row("ID", "Objective", "Key result", "Metric", "Weight")
        .row("KR1", "O1", "a", "Baseline", 3)
        .row("KR2", "O1", "b", "Baseline", null)
        .row("KR3", "O2", "c", "Baseline", null)
        .row("KR4", "O2", "d", "Baseline", null);

    PlanReading reading = read(workbook);

    assertEquals(
        List.of(
            "KeyResults!E3: weight is blank, so KR2 counts with weight 1 while other key results"
                + " of objective O1 have weights given; fill in its weight if 1 is not meant"),
        messages(reading.notes()).stream().filter(m -> m.startsWith("KeyResults")).toList());
    assertEquals(1.0, plan(reading).keyResults().get(1).weight());
  }

  @Test
  void board_yesOrNoOrBlank_anythingElseIsAnError() {
    PlanReading reading =
        read(
            kpis(
                cells("ID", "Name", "Board"),
                cells("K1", "a", "Yes"),
                cells("K2", "b", "no"),
                cells("K3", "c", null)));

    assertEquals(
        List.of(true, false, false), plan(reading).kpis().stream().map(Kpi::board).toList());
    assertErrors(
        read(kpis(cells("ID", "Name", "Board"), cells("K1", "a", "Maybe"))),
        "KPIs!C2: board \"Maybe\" is not known; expected one of Yes, No");
  }
}

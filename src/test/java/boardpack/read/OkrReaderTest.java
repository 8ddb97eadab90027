package boardpack.read;

import static boardpack.read.Readings.FEB;
import static boardpack.read.Readings.JAN;
import static boardpack.read.Readings.MAR;
import static boardpack.read.Readings.assertErrors;
import static boardpack.read.Readings.assertWarnings;
import static boardpack.read.Readings.plan;
import static boardpack.read.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.KeyResultType;
import boardpack.model.Metric;
import boardpack.model.Objective;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** workbook.md, Objectives and KeyResults. */
class OkrReaderTest {

  private static final Object[] KR_HEADER = {
    "ID",
    "Objective",
    "Key result",
    "Type",
    "Metric",
    "Start value",
    "Target",
    "Lower",
    "Upper",
    "Due",
    "Weight",
    "KPI"
  };

  /** K1 (a KPI), objective O1 running Jan to Mar 2026, and the given key-result rows. */
  private static TestWorkbook okrs(Object[]... keyResults) {
    TestWorkbook workbook = Readings.minimal();
    workbook
        .sheet("Objectives")
        .row("ID", "Objective", "Owner", "Team", "Parent", "Start", "End", "KPI")
        .row("O1", "Grow revenue", "Ann", "Sales", null, JAN, MAR, "k1");
    TestWorkbook.SheetWriter sheet = workbook.sheet("KeyResults").row(KR_HEADER);
    for (Object[] row : keyResults) {
      sheet.row(row);
    }
    return workbook;
  }

  @Test
  void objective_readWithReferencesResolved() {
    Objective objective =
        plan(read(okrs(new Object[] {"KR1", "o1", "Ship", null, "Baseline"}))).objectives().get(0);

    assertEquals(
        List.of("Grow revenue", "Ann", "Sales"),
        List.of(objective.statement(), objective.owner(), objective.team()));
    assertEquals(List.of(JAN, MAR), List.of(objective.start(), objective.end()));
    assertEquals(Optional.of(Id.of("K1")), objective.kpi());
    assertEquals("K1", objective.kpi().orElseThrow().text());
  }

  @Test
  void keyResult_defaults_outcomeIncreaseDueAtObjectiveEndWeightOne() {
    KeyResult kr =
        plan(read(okrs(new Object[] {"KR1", "o1", "Grow", null, null, 0.73, "75%"})))
            .keyResults()
            .get(0);

    assertEquals(List.of(KeyResultType.OUTCOME, Metric.INCREASE), List.of(kr.type(), kr.metric()));
    assertEquals(MAR, kr.due());
    assertEquals(1.0, kr.weight());
    assertEquals(
        List.of(0.73, 0.75),
        List.of(kr.startValue().orElseThrow().number(), kr.target().orElseThrow().number()));
    assertEquals("O1", kr.objective().text());
  }

  @Test
  void keyResult_everyMetricWordAndSynonym_milestonesDefaultToEffort() {
    List<KeyResult> krs =
        plan(read(
                okrs(
                    new Object[] {"KR1", "O1", "a", null, "Increase", 0, 10},
                    new Object[] {"KR2", "O1", "b", null, "transition", 0, 10},
                    new Object[] {"KR3", "O1", "c", null, "Positive", 0, 10},
                    new Object[] {"KR4", "O1", "d", null, "Decrease", 10, 0},
                    new Object[] {"KR5", "O1", "e", null, "negative", 10, 0},
                    new Object[] {"KR6", "O1", "f", null, "Threshold", null, null, 1, 2},
                    new Object[] {"KR7", "O1", "g", null, "MILESTONE"},
                    new Object[] {"KR8", "O1", "h", "Outcome", "Milestone"},
                    new Object[] {"KR9", "O1", "i", "effort", "Baseline"})))
            .keyResults();

    assertEquals(
        List.of(
            Metric.INCREASE,
            Metric.INCREASE,
            Metric.INCREASE,
            Metric.DECREASE,
            Metric.DECREASE,
            Metric.THRESHOLD,
            Metric.MILESTONE,
            Metric.MILESTONE,
            Metric.BASELINE),
        krs.stream().map(KeyResult::metric).toList());
    assertEquals(
        List.of(
            KeyResultType.OUTCOME,
            KeyResultType.OUTCOME,
            KeyResultType.OUTCOME,
            KeyResultType.OUTCOME,
            KeyResultType.OUTCOME,
            KeyResultType.OUTCOME,
            KeyResultType.EFFORT,
            KeyResultType.OUTCOME,
            KeyResultType.EFFORT),
        krs.stream().map(KeyResult::type).toList());
    assertEquals(
        List.of(1.0, 2.0),
        List.of(krs.get(5).band().orElseThrow().low(), krs.get(5).band().orElseThrow().high()));
  }

  @Test
  void keyResult_unknownWords_areErrorsListingTheAcceptedWords() {
    assertErrors(
        read(okrs(new Object[] {"KR1", "O1", "a", "Output", "Upward", 0, 10})),
        "KeyResults!D2: type \"Output\" is not known; expected one of Outcome, Effort",
        "KeyResults!E2: metric \"Upward\" is not known; expected one of Increase, Transition, Positive,"
            + " Decrease, Negative, Threshold, Milestone, Baseline");
  }

  @Test
  void keyResult_missingStartTargetOrBand_areErrorsNamingTheCell() {
    assertErrors(
        read(
            okrs(
                new Object[] {"KR1", "O1", "a", null, "Increase", null, 10},
                new Object[] {"KR2", "O1", "b", null, "Decrease", 10},
                new Object[] {"KR3", "O1", "c", null, "Threshold", null, null, 1})),
        "KeyResults!F2: start value is blank; expected a number, as an Increase key result needs Start value and Target",
        "KeyResults!G3: target is blank; expected a number, as a Decrease key result needs Start value and Target",
        "KeyResults!I4: upper bound is blank; expected a number, as a Threshold key result needs Lower and Upper");
  }

  @Test
  void keyResult_dueAndWeight_readAndChecked() {
    List<KeyResult> krs =
        plan(read(
                okrs(
                    new Object[] {
                      "KR1", "O1", "a", null, "Baseline", null, null, null, null, "Feb 2026", 2
                    })))
            .keyResults();

    assertEquals(List.of(FEB, 2.0), List.of(krs.get(0).due(), krs.get(0).weight()));
  }

  @Test
  void keyResult_weightNotAboveZero_dueBeforeObjectiveStart_unknownObjectiveOrKpi_areErrors() {
    assertErrors(
        read(
            okrs(
                new Object[] {
                  "KR1", "O1", "a", null, "Baseline", null, null, null, null, "Dec 2025", 0
                },
                new Object[] {
                  "KR2", "O9", "b", null, "Baseline", null, null, null, null, null, "abc", "K9"
                })),
        "KeyResults!J2: due Dec 2025 is before the start Jan 2026 of objective O1 (Objectives!A2);"
            + " expected a month from the objective's Start on",
        "KeyResults!K2: weight 0 is not above 0; expected a number above 0 such as 1",
        "KeyResults!B3: objective \"O9\" is not an objective ID; expected the ID of a row of the Objectives sheet",
        "KeyResults!K3: weight \"abc\" is not a number; expected a number such as 1234.5 or 12%",
        "KeyResults!L3: KPI \"K9\" is not a KPI ID; expected the ID of a row of the KPIs sheet");
  }

  @Test
  void keyResultId_sameAsAKpiId_isAnErrorNamingBothCells() {
    assertErrors(
        read(okrs(new Object[] {"k1", "O1", "a", null, "Baseline"})),
        "KeyResults!A2: ID \"k1\" is used twice (also KPIs!A2); expected each KPI and key-result ID once");
  }

  @Test
  void objective_startAndEndRequired_endBeforeStart_areErrors() {
    TestWorkbook workbook = Readings.minimal();
    workbook
        .sheet("Objectives")
        .row("ID", "Objective", "Start", "End")
        .row("O1", "a", null, MAR)
        .row("O2", "b", MAR, JAN);
    workbook
        .sheet("KeyResults")
        .row("ID", "Objective", "Key result", "Metric")
        .row("KR1", "O2", "x", "Baseline");

    assertErrors(
        read(workbook),
        "Objectives!C2: start is blank; expected " + CellValues.A_MONTH,
        "Objectives!D3: end Jan 2026 is before start Mar 2026 (Objectives!C3); expected End on or after Start");
  }

  @Test
  void objective_parentLoopsAndUnknownParents_areErrors() {
    TestWorkbook workbook = Readings.minimal();
    workbook
        .sheet("Objectives")
        .row("ID", "Objective", "Parent", "Start", "End")
        .row("O1", "a", "O2", JAN, MAR)
        .row("O2", "b", "O3", JAN, MAR)
        .row("O3", "c", "o1", JAN, MAR)
        .row("O4", "d", "O4", JAN, MAR)
        .row("O5", "e", "O1", JAN, MAR)
        .row("O6", "f", "O9", JAN, MAR);
    workbook
        .sheet("KeyResults")
        .row("ID", "Objective", "Key result", "Metric")
        .row("KR1", "O5", "x", "Baseline");

    assertErrors(
        read(workbook),
        "Objectives!C2: parent \"O2\" makes a loop O1 -> O2 -> O3 -> O1; expected a cascade without loops",
        "Objectives!C5: parent \"O4\" makes a loop O4 -> O4; expected a cascade without loops",
        "Objectives!C7: parent \"O9\" is not an objective ID; expected the ID of a row of the Objectives sheet");
  }

  @Test
  void objectivesWithoutKeyResultsSheet_andViceVersa_areErrors() {
    TestWorkbook objectivesOnly = Readings.minimal();
    objectivesOnly
        .sheet("Objectives")
        .row("ID", "Objective", "Start", "End")
        .row("O1", "a", JAN, MAR);
    TestWorkbook keyResultsOnly = Readings.minimal();
    keyResultsOnly
        .sheet("Key Results")
        .row("ID", "Objective", "Key result", "Metric")
        .row("KR1", "O1", "x", "Baseline");

    assertErrors(
        read(objectivesOnly),
        "Objectives: there is no KeyResults sheet; expected a sheet named KeyResults with the key results of these objectives");
    assertErrors(
        read(keyResultsOnly),
        "'Key Results': there is no Objectives sheet; expected a sheet named Objectives with the objectives of these key results");
  }

  @Test
  void objectiveWithNoKeyResultsAndNoChildren_isAWarning() {
    TestWorkbook workbook = okrs(new Object[] {"KR1", "O1", "a", null, "Baseline"});
    workbook.workbook().getSheet("Objectives").createRow(2).createCell(0).setCellValue("O2");
    workbook.workbook().getSheet("Objectives").getRow(2).createCell(1).setCellValue("Idle");
    workbook.workbook().getSheet("Objectives").getRow(2).createCell(5).setCellValue("2026-01");
    workbook.workbook().getSheet("Objectives").getRow(2).createCell(6).setCellValue("2026-03");

    assertWarnings(
        read(workbook),
        "Objectives!A3: objective O2 has no key results and no child objectives,"
            + " so it has no score; expected key results on the KeyResults sheet");
  }
}

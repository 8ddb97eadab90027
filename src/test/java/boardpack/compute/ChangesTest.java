package boardpack.compute;

import static boardpack.compute.PlanBuilder.kpi;
import static boardpack.compute.PlanBuilder.month;
import static boardpack.compute.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.model.Id;
import boardpack.model.MeasureKind;
import boardpack.model.Plan;
import boardpack.model.PreviousPack;
import boardpack.model.RecordedActual;
import boardpack.model.RecordedMeasure;
import boardpack.model.Source;
import boardpack.model.Status;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The view against a hand-built earlier record: restatements, statuses, measures added/removed. */
class ChangesTest {

  private static final Id REV = Id.of("REV");

  // Annual 1200, Sum: T(m) = 100 every month. March is reported: January 100, February 95, March
  // 110 (attainment 1.1, green).
  private static PlanBuilder revenue() {
    return plan().kpi(kpi("REV").annualTarget(1200)).actuals("REV", "2026-01", 100, 95, 110);
  }

  private static PackView view(Plan plan, PreviousPack earlier) {
    return PackView.of(
        ScorecardEngine.compute(plan, month("2026-03")), List.of(), Optional.of(earlier));
  }

  private static RecordedActual was(String id, String month, double value) {
    return new RecordedActual(Id.of(id), month(month), value, "Actuals!B2");
  }

  private static PreviousPack february(List<RecordedActual> actuals, RecordedMeasure... kpis) {
    return new PreviousPack(month("2026-02"), actuals, Map.of(MeasureKind.KPI, List.of(kpis)));
  }

  private static RecordedMeasure kpiWas(String id, Status status) {
    return new RecordedMeasure(MeasureKind.KPI, Id.of(id), "KPI " + id, status);
  }

  // PlanBuilder puts REV on Actuals row index 1 (Excel row 2), a month per column from 2000-01.
  private static Source cellOf(String month) {
    int column =
        1 + (int) boardpack.model.FiscalCalendar.monthsBetween(month("2000-01"), month(month));
    return Source.cell("test.xlsx", "Actuals", 1, column);
  }

  @Test
  void restatedMonth_isListedWithBothValuesAndItsCell() {
    // The February pack used January 90; the plan now says 100. February 95 is unchanged.
    PreviousPack earlier =
        february(
            List.of(was("REV", "2026-01", 90), was("REV", "2026-02", 95)),
            kpiWas("REV", Status.GREEN));

    Changes changes = view(revenue().build(), earlier).changes();

    assertEquals(Optional.of(month("2026-02")), changes.since());
    assertEquals(
        List.of(
            new Restatement(
                MeasureKind.KPI,
                REV,
                "KPI REV",
                month("2026-01"),
                Optional.of(90.0),
                Optional.of(100.0),
                Optional.of(cellOf("2026-01")))),
        changes.restated());
  }

  @Test
  void monthsAfterTheEarlierPack_areNotRestatements() {
    // March (110) was not in the February pack's record: new, not restated.
    PreviousPack earlier =
        february(
            List.of(was("REV", "2026-01", 100), was("REV", "2026-02", 95)),
            kpiWas("REV", Status.GREEN));

    assertEquals(List.of(), view(revenue().build(), earlier).changes().restated());
  }

  @Test
  void valueNoLongerReported_isARestatementToNotReported() {
    // The earlier record had December 2025 = 80; the plan no longer reports December.
    PreviousPack earlier =
        february(
            List.of(
                was("REV", "2025-12", 80), was("REV", "2026-01", 100), was("REV", "2026-02", 95)),
            kpiWas("REV", Status.GREEN));

    List<Restatement> restated = view(revenue().build(), earlier).changes().restated();

    assertEquals(1, restated.size());
    assertEquals(month("2025-12"), restated.get(0).month());
    assertEquals(Optional.of(80.0), restated.get(0).before());
    assertEquals(Optional.empty(), restated.get(0).now());
    assertEquals(Optional.empty(), restated.get(0).source());
  }

  @Test
  void valueWithinOneInABillion_isNotARestatement() {
    // 95.00000001 - 95 = 1e-8, under 1e-9 x 95 = 9.5e-8: the same value.
    PreviousPack earlier =
        february(
            List.of(was("REV", "2026-01", 100), was("REV", "2026-02", 95.00000001)),
            kpiWas("REV", Status.GREEN));

    assertEquals(List.of(), view(revenue().build(), earlier).changes().restated());
  }

  @Test
  void statusThatChanged_isListedWithBothStatuses() {
    // March 80 against 100: attainment 0.8, below 1 - 0.10: red; February's pack said amber.
    Plan plan = plan().kpi(kpi("REV").annualTarget(1200)).actuals("REV", "2026-03", 80).build();
    PreviousPack earlier = february(List.of(), kpiWas("REV", Status.AMBER));

    assertEquals(
        List.of(new StatusChange(MeasureKind.KPI, REV, "KPI REV", Status.AMBER, Status.RED)),
        view(plan, earlier).changes().statuses());
  }

  @Test
  void sameStatusWord_isNoChange() {
    // March 110: green, as the February pack said.
    PreviousPack earlier = february(List.of(), kpiWas("REV", Status.GREEN));

    assertEquals(List.of(), view(revenue().build(), earlier).changes().statuses());
  }

  @Test
  void keyResultStatusChange_isListed_andAchievedIsTheSameWordAsGreen() {
    // KR1 from 0 to 10, March value 10: progress (10 - 0) / (10 - 0) = 1, Achieved. The February
    // pack had it red: a change. O1's score is then 1 (Achieved), written green as February's was.
    Plan plan =
        revenue()
            .objective(PlanBuilder.objective("O1", "2026-01", "2026-12"))
            .keyResult(PlanBuilder.moving("KR1", "O1", 0, 10, "2026-12"))
            .actuals("KR1", "2026-03", 10)
            .build();
    PreviousPack earlier =
        new PreviousPack(
            month("2026-02"),
            List.of(),
            Map.of(
                MeasureKind.KEY_RESULT,
                List.of(new RecordedMeasure(MeasureKind.KEY_RESULT, Id.of("KR1"), "", Status.RED)),
                MeasureKind.OBJECTIVE,
                List.of(
                    new RecordedMeasure(MeasureKind.OBJECTIVE, Id.of("O1"), "", Status.GREEN))));

    List<StatusChange> statuses = view(plan, earlier).changes().statuses();

    assertEquals(1, statuses.size(), statuses.toString());
    assertEquals(MeasureKind.KEY_RESULT, statuses.get(0).kind());
    assertEquals(Status.RED, statuses.get(0).before());
    assertEquals(Status.ACHIEVED, statuses.get(0).now());
  }

  @Test
  void measuresAddedAndRemoved_areListedByKind() {
    // Now REV and COST; the February pack had REV and OLD.
    Plan plan = revenue().kpi(kpi("COST").annualTarget(120)).build();
    PreviousPack earlier =
        february(List.of(), kpiWas("REV", Status.GREEN), kpiWas("OLD", Status.RED));

    Changes changes = view(plan, earlier).changes();

    assertEquals(
        List.of(new MeasureChange(MeasureKind.KPI, Id.of("COST"), "KPI COST")), changes.added());
    assertEquals(
        List.of(new MeasureChange(MeasureKind.KPI, Id.of("OLD"), "KPI OLD")), changes.removed());
  }

  @Test
  void kindWhoseEarlierFileWasMissing_isNotCompared() {
    // The earlier pack had no objectives file: objective O1 is not "added".
    Plan plan =
        revenue()
            .objective(PlanBuilder.objective("O1", "2026-01", "2026-12"))
            .keyResult(PlanBuilder.moving("KR1", "O1", 0, 10, "2026-12"))
            .build();
    PreviousPack earlier = february(List.of(), kpiWas("REV", Status.GREEN));

    Changes changes = view(plan, earlier).changes();

    assertEquals(List.of(), changes.added());
    assertEquals(0, changes.count());
  }

  @Test
  void noEarlierRecord_comparesNothing() {
    PackView view =
        PackView.of(ScorecardEngine.compute(revenue().build(), month("2026-03")), List.of());

    assertFalse(view.changes().comparedWithEarlier());
    assertEquals(Changes.NO_EARLIER_RECORD, view.changes());
  }

  @Test
  void scopedView_keepsItsMeasuresChanges_andLeavesRemovedOnesToTheWholePlan() {
    Plan plan = revenue().kpi(kpi("COST").owner("Ann").annualTarget(120)).build();
    PreviousPack earlier =
        february(List.of(), kpiWas("REV", Status.GREEN), kpiWas("OLD", Status.RED));

    Changes ann = view(plan, earlier).forScope(new Scope.Owner("Ann")).changes();

    assertEquals(
        List.of(new MeasureChange(MeasureKind.KPI, Id.of("COST"), "KPI COST")), ann.added());
    assertEquals(List.of(), ann.removed());
    assertTrue(ann.comparedWithEarlier());
  }

  @Test
  void actualsRecord_listsEveryActualWithItsCell_inPlanOrderThenMonth() {
    Plan plan =
        plan()
            .kpi(kpi("B").annualTarget(12))
            .kpi(kpi("A").annualTarget(12))
            .actuals("A", "2026-01", 5)
            .actuals("B", "2026-02", 7, 8)
            .build();

    List<RecordedActual> record =
        PackView.of(ScorecardEngine.compute(plan, month("2026-03")), List.of()).actualsRecord();

    // B is first on the KPIs sheet; A got Actuals row index 1, B row index 2.
    assertEquals(
        List.of(
            new RecordedActual(Id.of("B"), month("2026-02"), 7, place(2, "2026-02")),
            new RecordedActual(Id.of("B"), month("2026-03"), 8, place(2, "2026-03")),
            new RecordedActual(Id.of("A"), month("2026-01"), 5, place(1, "2026-01"))),
        record);
  }

  private static String place(int row, String month) {
    int column =
        1 + (int) boardpack.model.FiscalCalendar.monthsBetween(month("2000-01"), month(month));
    return Source.cell("test.xlsx", "Actuals", row, column).place();
  }
}

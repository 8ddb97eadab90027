package boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import boardpack.compute.KpiRow;
import boardpack.compute.PackView;
import boardpack.compute.Scope;
import boardpack.compute.ScorecardEngine;
import boardpack.read.PlanReader;
import boardpack.read.PlanReading;
import boardpack.read.ReadOptions;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pack view of the sample plan for October 2026 (fiscal year from April), figures worked out by
 * hand from the sample's numbers (see SamplePlanEndToEndTest for the engine's).
 */
class SamplePackViewTest {

  private static PackView view;

  @BeforeAll
  static void readComputeAndView() throws Exception {
    PlanReading reading =
        PlanReader.read(
            Path.of("sample-data", "northwind-plan.xlsx"),
            new ReadOptions(List.of(Path.of("sample-data", "northwind-ledger.csv")), false));
    assertFalse(reading.hasErrors(), () -> "sample plan has errors: " + reading.errors());
    view =
        PackView.of(
            ScorecardEngine.compute(reading.plan().orElseThrow(), YearMonth.of(2026, 10)),
            reading.problems());
  }

  @Test
  void revenue_observation_saysMonthYearToDateAndYearEnd() {
    // Month: 104,000 against 1,200,000 / 12 = 100,000: 4.0% above.
    // YTD Apr-Oct: 92 + 95 + 98 + 101 + 97 + 103 + 104 = 690 thousand against 700: -1.43%.
    // Forecast: 690 + 5 months x mean(97, 103, 104) = 690 + 506.67 = 1,196.67 thousand against
    // 1,200: -0.28%, short.
    assertEquals(
        "Revenue is 4.0% above target this month; year to date 1.4% behind;"
            + " at the current run-rate the year ends 0.3% short.",
        view.observations().stream()
            .filter(o -> o.kpi().text().equals("REV"))
            .findFirst()
            .orElseThrow()
            .text());
  }

  @Test
  void attention_redKpisAreInventoryAndWaste_wasteNeedsAnOkr() {
    List<KpiRow> red = view.attention().redKpis();
    assertEquals(List.of("INV", "WASTE"), red.stream().map(r -> r.id().text()).toList());
    assertEquals(
        List.of("WASTE"), view.attention().needOkr().stream().map(r -> r.id().text()).toList());
  }

  @Test
  void salesPack_holdsSalesObjectivesAndTheOutboundOneBelow() {
    PackView sales = view.forScope(view.scopeNamed("Sales"));
    assertEquals(new Scope.Team("Sales"), sales.scope());
    assertEquals(List.of("O2", "O3"), sales.objectives().stream().map(o -> o.id().text()).toList());
    // O2 names NEWREV; KR3.1 tracks CALLS.
    assertEquals(
        List.of("CALLS", "NEWREV"), sales.kpis().stream().map(k -> k.id().text()).toList());
  }

  @Test
  void distributionScopes_areAllSalesAndGraceLin() {
    assertEquals(
        List.of(Scope.all(), new Scope.Team("Sales"), new Scope.Owner("Grace Lin")),
        view.distributionScopes());
  }
}

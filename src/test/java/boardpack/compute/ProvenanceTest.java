package boardpack.compute;

import static boardpack.compute.PlanBuilder.kpi;
import static boardpack.compute.PlanBuilder.month;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Figure;
import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.KpiScore;
import boardpack.model.MonthPoint;
import boardpack.model.Origin;
import boardpack.model.Plan;
import boardpack.model.Scorecard;
import boardpack.model.Series;
import boardpack.model.Source;
import boardpack.model.Value;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every figure the engine shows names the inputs it came from, so a writer can link it. */
class ProvenanceTest {

  private static final String FILE = "plan.xlsx";
  // KPIs!H5: row 4, column 7 (0-based)
  private static final Source ANNUAL = Source.cell(FILE, "KPIs", 4, 7);
  // 'Q1 plan'!D7: row 6, column 3
  private static final Source JAN_TARGET = Source.cell(FILE, "Q1 plan", 6, 3);
  private static final Source JAN_ACTUAL = Source.line("ledger.csv", 14);
  // Actuals!C3
  private static final Source FEB_ACTUAL = Source.cell(FILE, "Actuals", 2, 2);

  private final Map<Id, Series> targets = new HashMap<>();
  private final Map<Id, Series> actuals = new HashMap<>();

  /** K1: Sum, annual 1200 in KPIs!H5; January target 90 in 'Q1 plan'!D7; actuals 100, 110. */
  private Scorecard scorecard(PlanBuilder builder) {
    row(targets, "K1", "2026-01", new Value(90, JAN_TARGET));
    row(actuals, "K1", "2026-01", new Value(100, JAN_ACTUAL), new Value(110, FEB_ACTUAL));
    Plan built = builder.kpi(kpi("K1").annualTarget(new Value(1200, ANNUAL))).build();
    Map<Id, Series> allActuals = new HashMap<>(built.actuals());
    allActuals.putAll(actuals);
    Plan plan =
        new Plan(
            FILE,
            built.settings(),
            built.kpis(),
            targets,
            allActuals,
            built.objectives(),
            built.keyResults(),
            List.of(),
            List.of());
    return ScorecardEngine.compute(plan, month("2026-02"));
  }

  private static void row(Map<Id, Series> into, String id, String first, Value... values) {
    TreeMap<YearMonth, Value> months = new TreeMap<>();
    for (int i = 0; i < values.length; i++) {
      months.put(month(first).plusMonths(i), values[i]);
    }
    into.put(Id.of(id), new Series(months));
  }

  @Test
  void monthFigures_nameTheirCell_orTheAnnualTargetTheyAreDerivedFrom() {
    KpiScore k1 = scorecard(PlanBuilder.plan()).kpis().getFirst();

    assertEquals(Origin.read(FEB_ACTUAL), k1.month().actual().origin());
    assertEquals("Actuals!C3", k1.month().actual().origin().describe());
    // February has no Targets cell: T = 1200 / 12 = 100, derived from KPIs!H5
    assertEquals(100, k1.month().target().value());
    assertEquals(
        "derived from the annual target in KPIs!H5", k1.month().target().origin().describe());
    assertEquals(Origin.read(ANNUAL), k1.annualTarget().origin());
  }

  @Test
  void toDateFigures_nameEveryMonthCombined() {
    KpiScore k1 = scorecard(PlanBuilder.plan()).kpis().getFirst();

    // YTD actual 100 + 110 = 210 from the ledger line and the Actuals cell
    assertEquals(210, k1.yearToDate().actual().value());
    assertEquals(List.of(JAN_ACTUAL, FEB_ACTUAL), k1.yearToDate().actual().origin().sources());
    // YTD target 90 ('Q1 plan'!D7) + 100 (derived from KPIs!H5) = 190
    assertEquals(190, k1.yearToDate().target().value());
    assertEquals(List.of(JAN_TARGET, ANNUAL), k1.yearToDate().target().origin().sources());
    assertEquals(
        "combined from 'Q1 plan'!D7, derived from the annual target in KPIs!H5",
        k1.yearToDate().target().origin().describe());
  }

  @Test
  void historyPoints_nameTheirCells() {
    KpiScore k1 = scorecard(PlanBuilder.plan()).kpis().getFirst();

    MonthPoint january = k1.history().get(k1.history().size() - 2);
    assertEquals(month("2026-01"), january.month());
    assertEquals("ledger.csv:14", january.actual().origin().describe());
    assertEquals("'Q1 plan'!D7", january.target().origin().describe());
  }

  @Test
  void keyResultCurrentValue_namesTheMonthsItSums_orTheValueItTakes() {
    KeyResult tracked =
        PlanBuilder.tracking(PlanBuilder.moving("R1", "O1", 0, 300, "2026-12"), "K1");
    KeyResult own = PlanBuilder.moving("R2", "O1", 0, 10, "2026-12");
    row(actuals, "R2", "2026-01", new Value(4, Source.cell(FILE, "Actuals", 9, 1)));
    Scorecard scorecard =
        scorecard(
            PlanBuilder.plan()
                .objective(PlanBuilder.objective("O1", "2026-01", "2026-12"))
                .keyResult(tracked)
                .keyResult(own));

    // R1 is tracked by Sum KPI K1: C = 100 + 110 = 210, from both months
    Figure summed = scorecard.keyResults().get(0).current();
    assertEquals(210, summed.value());
    assertEquals(List.of(JAN_ACTUAL, FEB_ACTUAL), summed.origin().sources());
    // R2 reads its own row: the latest value, Actuals!B10
    assertEquals("Actuals!B10", scorecard.keyResults().get(1).current().origin().describe());
  }

  @Test
  void annualTargetFromTwelveTargets_namesThem_evenWhenTooLargeToCompute() {
    Value[] huge = new Value[12];
    for (int m = 0; m < 12; m++) {
      huge[m] = new Value(1e308, Source.cell(FILE, "Targets", 1, m + 1));
    }
    row(targets, "K2", "2026-01", huge);
    Scorecard scorecard = scorecard(PlanBuilder.plan().kpi(kpi("K2")));

    // Y = 12 * 1e308 is beyond a double's 1.8e308: absent, the reason given, the cells named
    Figure annual =
        scorecard.kpis().stream()
            .filter(k -> k.id().equals(Id.of("K2")))
            .findFirst()
            .orElseThrow()
            .annualTarget();
    assertEquals("too large to compute", annual.absentReason());
    assertEquals(12, annual.origin().sources().size());
    assertEquals("Targets!B2", annual.origin().sources().getFirst().place());
  }
}

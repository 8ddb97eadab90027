package boardpack.compute;

import static boardpack.compute.PackViewTest.view;
import static boardpack.compute.PlanBuilder.kpi;
import static boardpack.compute.PlanBuilder.objective;
import static boardpack.compute.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Id;
import boardpack.model.Plan;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Grouping, the KPIs that matter most, the dashboard and the biggest movers. */
class PackViewRankingTest {

  private static List<String> ids(List<KpiRow> rows) {
    return rows.stream().map(r -> r.id().text()).toList();
  }

  @Test
  void kpiGroups_byOwnerInOrderOfFirstAppearance_noOwnerLast() {
    Plan plan =
        plan()
            .kpi(kpi("A").owner("Olivia"))
            .kpi(kpi("B"))
            .kpi(kpi("C").owner("Grace"))
            .kpi(kpi("D").owner("olivia"))
            .build();
    List<KpiGroup> groups = view(plan, "2026-03").kpiGroups();
    assertEquals(List.of("Olivia", "Grace", ""), groups.stream().map(KpiGroup::owner).toList());
    assertEquals(List.of("A", "D"), ids(groups.get(0).kpis()));
    assertEquals(List.of("C"), ids(groups.get(1).kpis()));
    assertEquals(List.of("B"), ids(groups.get(2).kpis()));
  }

  @Test
  void mattersMost_redActiveOkrOrLeading_exceptionsFirst() {
    // T = 100 a month. PLAIN is green and in no OKR: not shown. OLD is named only by an objective
    // that ended in January: not active in March. RED at 50 is red; AMBER at 95 is amber and named
    // by an active objective; TRACKED is tracked by a key result of an active objective.
    Plan plan =
        plan()
            .kpi(kpi("PLAIN").annualTarget(1200))
            .kpi(kpi("LEAD").annualTarget(1200).leads("PLAIN"))
            .kpi(kpi("TRACKED").annualTarget(1200))
            .kpi(kpi("AMBER").annualTarget(1200))
            .kpi(kpi("OLD").annualTarget(1200))
            .kpi(kpi("RED").annualTarget(1200))
            .actuals("PLAIN", "2026-03", 100)
            .actuals("LEAD", "2026-03", 100)
            .actuals("TRACKED", "2026-03", 100)
            .actuals("AMBER", "2026-03", 95)
            .actuals("OLD", "2026-03", 100)
            .actuals("RED", "2026-03", 50)
            .objective(objective("O1", "2026-01", "2026-12", null, "AMBER"))
            .objective(objective("O2", "2025-01", "2026-01", null, "OLD"))
            .keyResult(
                PlanBuilder.tracking(PlanBuilder.moving("KR1", "O1", 0, 10, "2026-12"), "TRACKED"))
            .build();
    PackView view = view(plan, "2026-03");
    // Red first, then amber, then green in plan order (LEAD before TRACKED).
    assertEquals(List.of("RED", "AMBER", "LEAD", "TRACKED"), ids(view.mattersMost()));
    assertEquals(Set.of(MattersMost.RED), view.kpi(Id.of("RED")).orElseThrow().mattersMost());
    assertEquals(
        Set.of(MattersMost.ACTIVE_OKR), view.kpi(Id.of("AMBER")).orElseThrow().mattersMost());
    assertEquals(Set.of(MattersMost.LEADING), view.kpi(Id.of("LEAD")).orElseThrow().mattersMost());
    assertEquals(List.of(Id.of("KR1")), view.kpi(Id.of("TRACKED")).orElseThrow().trackedBy());
    assertEquals(Set.of(), view.kpi(Id.of("OLD")).orElseThrow().mattersMost());
    // No KPI is marked Board, so the dashboard is the KPIs that matter most.
    assertEquals(ids(view.mattersMost()), ids(view.dashboard()));
  }

  private static KpiRow markedBoard(KpiRow row) {
    return new KpiRow(
        row.score(),
        row.month(),
        row.quarterToDate(),
        row.yearToDate(),
        row.forecast(),
        row.leads(),
        row.leadsPair(),
        row.ledBy(),
        row.trackedBy(),
        row.commentary(),
        true,
        Set.of(MattersMost.BOARD));
  }

  @Test
  void dashboard_isTheBoardKpisInPlanOrder_whenThePlanMarksAny() {
    // RED is red (50 against 100) and so matters most, but B1 and B2 are marked Board.
    Plan plan =
        plan()
            .kpi(kpi("B1"))
            .kpi(kpi("RED").annualTarget(1200))
            .kpi(kpi("B2"))
            .actuals("RED", "2026-03", 50)
            .build();
    List<KpiRow> rows = view(plan, "2026-03").kpis();
    List<KpiRow> marked = List.of(markedBoard(rows.get(0)), rows.get(1), markedBoard(rows.get(2)));
    assertEquals(
        List.of("B1", "B2"), ids(KpiRanking.dashboard(marked, KpiRanking.mattersMost(marked))));
    assertEquals(List.of("RED", "B1", "B2"), ids(KpiRanking.mattersMost(marked)));
  }

  @Test
  void dashboard_holdsAtMostTenKpis() {
    PlanBuilder builder = plan().kpi(kpi("LAGGING"));
    for (int i = 1; i <= 12; i++) {
      builder.kpi(kpi("L" + i).leads("LAGGING"));
    }
    PackView view = view(builder.build(), "2026-03");
    assertEquals(12, view.mattersMost().size());
    assertEquals(
        List.of("L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "L10"),
        ids(view.dashboard()));
    assertEquals(10, view.observations().size());
  }

  @Test
  void movers_largestChangePercentFirst_atMostFive_withTheirEffect() {
    // Change percent from February to March = (Mar - Feb) / abs(Feb):
    // UP 100 -> 150: +0.5; CUT (lower is better) 100 -> 70: -0.3, favourable;
    // MID 100 -> 120: +0.2; BAND [10, 20] 25 -> 22: -0.12, closer to the band, favourable;
    // DOWN 100 -> 90: -0.1, adverse; SMALL 100 -> 102: +0.02, sixth, left out; FLAT: no move.
    Plan plan =
        plan()
            .kpi(kpi("FLAT"))
            .kpi(kpi("SMALL"))
            .kpi(kpi("DOWN"))
            .kpi(kpi("BAND").withinRange(10, 20))
            .kpi(kpi("MID"))
            .kpi(kpi("CUT").lowerIsBetter())
            .kpi(kpi("UP"))
            .actuals("FLAT", "2026-02", 100, 100)
            .actuals("SMALL", "2026-02", 100, 102)
            .actuals("DOWN", "2026-02", 100, 90)
            .actuals("BAND", "2026-02", 25, 22)
            .actuals("MID", "2026-02", 100, 120)
            .actuals("CUT", "2026-02", 100, 70)
            .actuals("UP", "2026-02", 100, 150)
            .build();
    List<Mover> movers = view(plan, "2026-03").movers();
    assertEquals(
        List.of("UP", "CUT", "MID", "BAND", "DOWN"),
        movers.stream().map(m -> m.kpi().id().text()).toList());
    assertEquals(
        List.of(
            Effect.FAVOURABLE,
            Effect.FAVOURABLE,
            Effect.FAVOURABLE,
            Effect.FAVOURABLE,
            Effect.ADVERSE),
        movers.stream().map(Mover::effect).toList());
    assertEquals(-0.12, movers.get(3).changePercent().value(), 1e-12);
  }

  @Test
  void movers_withinRange_movingAwayFromTheBand_isAdverse() {
    // Band [10, 20]: 21 -> 24 leaves the band further behind (distance 1 -> 4).
    Plan plan =
        plan().kpi(kpi("BAND").withinRange(10, 20)).actuals("BAND", "2026-02", 21, 24).build();
    assertEquals(Effect.ADVERSE, view(plan, "2026-03").movers().get(0).effect());
  }
}

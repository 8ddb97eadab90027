package boardpack.compute;

import static boardpack.compute.PlanBuilder.kpi;
import static boardpack.compute.PlanBuilder.month;
import static boardpack.compute.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Id;
import boardpack.model.Objective;
import boardpack.model.Plan;
import boardpack.model.Source;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackViewTest {

  private static final Source HERE = PlanBuilder.HERE;

  private static PackView view(Plan plan, String period) {
    return PackView.of(ScorecardEngine.compute(plan, month(period)), List.of());
  }

  private static Objective objective(String id, String owner, String team, String parent) {
    return new Objective(
        Id.of(id),
        "Objective " + id,
        owner,
        team,
        Optional.ofNullable(parent).map(Id::of),
        month("2026-01"),
        month("2026-12"),
        Optional.empty(),
        HERE);
  }

  @Test
  void variance_higherIsBetter_aboveTarget_isFavourable() {
    // Sum, annual 1200: T(m) = 1200 / 12 = 100; A = 104: amount 104 - 100 = 4, percent 4 / 100.
    Plan plan = plan().kpi(kpi("REV").annualTarget(1200)).actuals("REV", "2026-03", 104).build();
    Variance month = view(plan, "2026-03").kpis().get(0).month();
    assertEquals(4, month.amount().value(), 1e-12);
    assertEquals(0.04, month.percent().value(), 1e-12);
    assertEquals(Effect.FAVOURABLE, month.effect());
  }

  @Test
  void variance_lowerIsBetter_belowTarget_isFavourable() {
    // T = 100, A = 90: amount T - A = 10, percent 10 / 100 = 0.10, costs below target are good.
    Plan plan =
        plan().kpi(kpi("COST").lowerIsBetter().annualTarget(1200))
            .actuals("COST", "2026-03", 90)
            .build();
    Variance month = view(plan, "2026-03").kpis().get(0).month();
    assertEquals(10, month.amount().value(), 1e-12);
    assertEquals(0.10, month.percent().value(), 1e-12);
    assertEquals(Effect.FAVOURABLE, month.effect());
  }

  @Test
  void variance_withinRange_aboveBand_isAdverseByDistanceOverUpper() {
    // Band [10, 20], A = 25: 5 above U, amount -5, percent -5 / abs(U) = -5 / 20 = -0.25.
    Plan plan = plan().kpi(kpi("DSO").withinRange(10, 20)).actuals("DSO", "2026-03", 25).build();
    Variance month = view(plan, "2026-03").kpis().get(0).month();
    assertEquals(-5, month.amount().value(), 1e-12);
    assertEquals(-0.25, month.percent().value(), 1e-12);
    assertEquals(Effect.ADVERSE, month.effect());
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
    assertEquals(
        List.of("A", "D"), groups.get(0).kpis().stream().map(r -> r.id().text()).toList());
  }

  @Test
  void teamScope_holdsTheTeamsObjectivesAndTheirChildren() {
    Plan plan =
        plan()
            .objective(objective("O1", "Hannah", "Leadership", null))
            .objective(objective("O2", "Marcus", "Sales", "O1"))
            .objective(objective("O3", "Priya", "Outbound", "O2"))
            .objective(objective("O4", "Tom", "Digital", "O1"))
            .build();
    PackView sales = view(plan, "2026-03").forScope(new Scope.Team("sales"));
    // O2 is Sales; O3 is its child (team Outbound); O1 and O4 are not below O2.
    assertEquals(
        List.of("O2", "O3"), sales.objectives().stream().map(o -> o.id().text()).toList());
    assertEquals(List.of(0, 1), sales.objectives().stream().map(ObjectiveRow::depth).toList());
  }
}

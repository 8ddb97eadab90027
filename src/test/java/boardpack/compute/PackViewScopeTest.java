package boardpack.compute;

import static boardpack.compute.PackViewTest.view;
import static boardpack.compute.PlanBuilder.kpi;
import static boardpack.compute.PlanBuilder.month;
import static boardpack.compute.PlanBuilder.moving;
import static boardpack.compute.PlanBuilder.plan;
import static boardpack.compute.PlanBuilder.tracking;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Attachment;
import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.Objective;
import boardpack.model.Plan;
import boardpack.model.Recipient;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cascade order and what a team's or an owner's pack holds. */
class PackViewScopeTest {

  private static Objective objective(
      String id, String owner, String team, String parent, String kpi) {
    return new Objective(
        Id.of(id),
        "Objective " + id,
        owner,
        team,
        Optional.ofNullable(parent).map(Id::of),
        month("2026-01"),
        month("2026-12"),
        Optional.ofNullable(kpi).map(Id::of),
        PlanBuilder.HERE);
  }

  private static KeyResult keyResult(String id, String objective, String owner, String kpi) {
    KeyResult kr = moving(id, objective, 0, 10, "2026-12");
    KeyResult owned =
        new KeyResult(
            kr.id(),
            kr.objective(),
            kr.statement(),
            owner,
            kr.type(),
            kr.metric(),
            kr.startValue(),
            kr.target(),
            kr.band(),
            kr.due(),
            kr.weight(),
            kr.kpi(),
            kr.source());
    return kpi == null ? owned : tracking(owned, kpi);
  }

  /**
   * Leadership's O1 (names K1) has Sales' O2 (names K2) below it, and O3 (Outbound) below O2, whose
   * KR3 tracks K3; Digital's O4 below O1 is owned by Grace. K4 is Grace's KPI and in no OKR; K3
   * leads K1.
   */
  private static Plan cascadePlan() {
    return plan()
        .kpi(kpi("K1").owner("Hannah"))
        .kpi(kpi("K2").owner("Marcus"))
        .kpi(kpi("K3").owner("Priya").leads("K1"))
        .kpi(kpi("K4").owner("Grace"))
        .objective(objective("O3", "Priya", "Outbound", "O2", null))
        .objective(objective("O1", "Hannah", "Leadership", null, "K1"))
        .objective(objective("O4", "Grace", "Digital", "O1", null))
        .objective(objective("O2", "Marcus", "Sales", "O1", "K2"))
        .keyResult(keyResult("KR1", "O1", "Grace", null))
        .keyResult(keyResult("KR1b", "O1", "Hannah", null))
        .keyResult(keyResult("KR2", "O2", "Marcus", null))
        .keyResult(keyResult("KR3", "O3", "Priya", "K3"))
        .keyResult(keyResult("KR4", "O4", "Tom", null))
        .build();
  }

  private static List<String> objectives(PackView view) {
    return view.objectives().stream().map(o -> o.id().text()).toList();
  }

  private static List<String> keyResults(PackView view) {
    return view.keyResults().stream().map(k -> k.id().text()).toList();
  }

  private static List<String> kpis(PackView view) {
    return view.kpis().stream().map(k -> k.id().text()).toList();
  }

  @Test
  void objectives_inCascadeOrder_childrenAfterTheirParentInPlanOrder() {
    // Plan order O3, O1, O4, O2; O1 is the only top objective; its children O4, O2 in plan order;
    // O3 under O2.
    PackView view = view(cascadePlan(), "2026-03");
    assertEquals(List.of("O1", "O4", "O2", "O3"), objectives(view));
    assertEquals(List.of(0, 1, 1, 2), view.objectives().stream().map(ObjectiveRow::depth).toList());
    assertEquals(List.of(Id.of("O4"), Id.of("O2")), view.objectives().get(0).children());
    assertEquals(
        List.of("KR1", "KR1b"),
        view.objectives().get(0).keyResults().stream().map(k -> k.id().text()).toList());
    assertEquals(
        List.of("O1"), view.headline().topObjectives().stream().map(o -> o.id().text()).toList());
    // The CSV keeps plan order.
    assertEquals(
        List.of("O3", "O1", "O4", "O2"),
        view.objectivesInPlanOrder().stream().map(o -> o.id().text()).toList());
  }

  @Test
  void teamScope_holdsItsObjectivesAndChildren_theirKeyResults_andTheKpisTheyNameOrTrack() {
    PackView sales = view(cascadePlan(), "2026-03").forScope(new Scope.Team("sales"));
    // O2 is Sales, O3 is below it; O1 (above) and O4 (a sibling) are not.
    assertEquals(List.of("O2", "O3"), objectives(sales));
    assertEquals(List.of(0, 1), sales.objectives().stream().map(ObjectiveRow::depth).toList());
    assertEquals(List.of("KR2", "KR3"), keyResults(sales));
    // O2 names K2; KR3 tracks K3. K1 and K4 are not the team's.
    assertEquals(List.of("K2", "K3"), kpis(sales));
    // K3 leads K1: the pair is shown, joined to both.
    assertEquals(1, sales.pairs().size());
    assertEquals(new Scope.Team("sales"), sales.scope());
  }

  @Test
  void ownerScope_holdsWhatThePersonOwns() {
    PackView grace = view(cascadePlan(), "2026-03").forScope(new Scope.Owner("GRACE"));
    // Grace owns O4 (with Tom's KR4), KR1 (shown under its objective O1) and K4. O1's K1 is not
    // hers: O1 is there only to hold KR1.
    assertEquals(List.of("O1", "O4"), objectives(grace));
    assertEquals(
        List.of("KR1"),
        grace.objectives().get(0).keyResults().stream().map(k -> k.id().text()).toList());
    assertEquals(List.of("KR1", "KR4"), keyResults(grace));
    assertEquals(List.of("K4"), kpis(grace));
    assertEquals(List.of(), grace.pairs());
  }

  @Test
  void allScope_holdsEverything() {
    PackView all = view(cascadePlan(), "2026-03").forScope(Scope.all());
    assertEquals(4, all.objectives().size());
    assertEquals(5, all.keyResults().size());
    assertEquals(4, all.kpis().size());
  }

  @Test
  void scopeNamed_readsAllTeamsAndOwners_teamsAsThePlanSpellsThem() {
    PackView view = view(cascadePlan(), "2026-03");
    assertEquals(Scope.all(), view.scopeNamed(" all "));
    assertEquals(Scope.all(), view.scopeNamed(""));
    assertEquals(new Scope.Team("Sales"), view.scopeNamed("SALES"));
    assertEquals(new Scope.Owner("Grace"), view.scopeNamed("Grace"));
  }

  @Test
  void distributionScopes_areDistinctInOrderOfFirstUse() {
    Plan plan = cascadePlan();
    List<Recipient> recipients =
        List.of(
            new Recipient("A", "a@x.com", "Sales", Attachment.PDF, PlanBuilder.HERE),
            new Recipient("B", "b@x.com", "All", Attachment.BOTH, PlanBuilder.HERE),
            new Recipient("C", "c@x.com", "sales", Attachment.XLSX, PlanBuilder.HERE));
    Plan withDistribution =
        new Plan(
            plan.file(),
            plan.settings(),
            plan.kpis(),
            plan.targets(),
            plan.actuals(),
            plan.objectives(),
            plan.keyResults(),
            plan.commentary(),
            recipients);
    assertEquals(
        List.of(new Scope.Team("Sales"), Scope.all()),
        view(withDistribution, "2026-03").distributionScopes());
  }
}

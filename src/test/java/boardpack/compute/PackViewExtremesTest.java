package boardpack.compute;

import static boardpack.compute.PackViewTest.view;
import static boardpack.compute.PlanBuilder.kpi;
import static boardpack.compute.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Numbers at the edges of a double: a variance that cannot be computed is absent, never a crash.
 */
class PackViewExtremesTest {

  @Test
  void variance_overflowingDifference_isAbsentWithItsReason() {
    // 1.7e308 - (-1.7e308) = 3.4e308 is beyond a double.
    PackView view =
        view(
            plan()
                .kpi(kpi("X"))
                .targets("X", "2026-03", -1.7e308)
                .actuals("X", "2026-03", 1.7e308)
                .build(),
            "2026-03");
    Variance v = view.kpis().get(0).month();
    assertEquals("too large to compute", v.amount().absentReason());
    assertEquals("too large to compute", v.percent().absentReason());
    assertEquals(Effect.NONE, v.effect());
  }

  @Test
  void variance_percentOverASubnormalTarget_isAbsent_amountKept() {
    // (1 - 4.9e-324) / 4.9e-324 overflows; the amount 1 - 4.9e-324 = 1 does not.
    Variance v =
        view(
                plan()
                    .kpi(kpi("X"))
                    .targets("X", "2026-03", Double.MIN_VALUE)
                    .actuals("X", "2026-03", 1)
                    .build(),
                "2026-03")
            .kpis()
            .get(0)
            .month();
    assertEquals(1, v.amount().value());
    assertEquals("too large to compute", v.percent().absentReason());
    assertEquals(Effect.FAVOURABLE, v.effect());
  }

  @Test
  void variance_withinRange_farOutsideATinyBand_percentIsAbsent() {
    // Band [0, 1e-300], A = 1.7e308: distance 1.7e308 over abs(U) = 1e-300 overflows.
    Variance v =
        view(
                plan()
                    .kpi(kpi("X").withinRange(0, 1e-300))
                    .actuals("X", "2026-03", 1.7e308)
                    .build(),
                "2026-03")
            .kpis()
            .get(0)
            .month();
    assertEquals(-1.7e308, v.amount().value());
    assertTrue(v.percent().isAbsent());
    assertEquals(Effect.ADVERSE, v.effect());
  }

  @Test
  void observationsAndMovers_atTheEdges_doNotFail() {
    // A leading KPI and the KPI it leads, both jumping from -1.7e308 to 1.7e308 (change percent
    // overflows); K ends far outside its band, so it is red: both are on the dashboard, K first.
    PackView view =
        view(
            plan()
                .kpi(kpi("L").leads("K").annualTarget(1e308))
                .kpi(kpi("K").withinRange(-1e308, 1e308))
                .actuals("L", "2026-02", -1.7e308, 1.7e308)
                .actuals("K", "2026-02", -1.7e308, 1.7e308)
                .build(),
            "2026-03");
    assertEquals(2, view.observations().size());
    assertTrue(view.observations().get(0).text().startsWith("KPI K is "));
    assertTrue(view.observations().get(1).text().startsWith("KPI L is "));
  }
}

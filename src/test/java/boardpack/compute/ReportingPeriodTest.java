package boardpack.compute;

import static boardpack.compute.PlanBuilder.kpi;
import static boardpack.compute.PlanBuilder.month;
import static boardpack.compute.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Plan;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  private static final Optional<YearMonth> NO_OVERRIDE = Optional.empty();

  @Test
  void choose_noSettingNoOverride_isTheLatestMonthWithAnyActual() {
    // A ends in 2026-03, B in 2026-05 (with a gap): the latest month with any actual is 2026-05
    Plan plan =
        plan()
            .kpi(kpi("A"))
            .kpi(kpi("B"))
            .actuals("A", "2026-01", 1, 2, 3)
            .actuals("B", "2026-02", 1, Double.NaN, 1, 1)
            .build();

    assertEquals(Optional.of(month("2026-05")), ReportingPeriod.choose(plan, NO_OVERRIDE));
  }

  @Test
  void choose_settingGiven_winsOverTheActuals() {
    Plan plan =
        plan().reportingPeriod("2026-02").kpi(kpi("A")).actuals("A", "2026-01", 1, 2, 3).build();

    assertEquals(Optional.of(month("2026-02")), ReportingPeriod.choose(plan, NO_OVERRIDE));
  }

  @Test
  void choose_override_winsOverTheSetting() {
    Plan plan =
        plan().reportingPeriod("2026-02").kpi(kpi("A")).actuals("A", "2026-01", 1, 2, 3).build();

    assertEquals(
        Optional.of(month("2025-12")), ReportingPeriod.choose(plan, Optional.of(month("2025-12"))));
  }

  @Test
  void choose_noActualNoSetting_isEmpty() {
    Plan plan = plan().kpi(kpi("A")).build();

    assertEquals(Optional.empty(), ReportingPeriod.choose(plan, NO_OVERRIDE));
  }
}

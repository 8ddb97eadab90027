package boardpack.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.model.Id;
import boardpack.model.Plan;
import boardpack.read.PlanReader;
import boardpack.read.PlanReading;
import boardpack.read.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's generated plan has the shape issue 12 asks for, and reads without an error or a
 * warning.
 */
class BenchPlanTest {

  @TempDir Path folder;

  @Test
  void smallPlan_readsWithTheIssuesShape() throws Exception {
    Path file = folder.resolve("plan-S.xlsx");
    PlanWorkbook.write(BenchPlan.generate(Size.S), file);

    PlanReading reading = PlanReader.read(file, ReadOptions.NONE);

    assertEquals("[]", reading.errors().toString());
    assertEquals("[]", reading.warnings().toString());
    Plan plan = reading.plan().orElseThrow();
    assertEquals(50, plan.kpis().size());
    // one objective per 5 KPIs: 50 / 5 = 10; three key results each: 30
    assertEquals(10, plan.objectives().size());
    assertEquals(30, plan.keyResults().size());
    // 36 months: November 2023 to October 2026
    assertEquals(YearMonth.of(2023, 11), Months.FIRST_ACTUAL);
    assertTrue(plan.actualsOf(Id.of("K0001")).at(YearMonth.of(2023, 11)).isPresent());
    assertTrue(plan.actualsOf(Id.of("K0001")).at(YearMonth.of(2023, 10)).isEmpty());
  }

  @Test
  void smallPlan_hasTargetsForAThirdOfKpis_andLeadingLaggingPairs() {
    BenchPlan plan = BenchPlan.generate(Size.S);

    // KPIs 1, 4, 7, ..., 49 (index divisible by 3): 17 of 50
    assertEquals(17, plan.kpis().stream().filter(k -> k.targets() != null).count());
    // a leading KPI at positions 9, 19, 29, 39, 49 of each ten
    assertEquals(5, plan.kpis().stream().filter(k -> k.leads() != null).count());
    assertEquals(36, plan.kpis().getFirst().actuals().length);
  }

  @Test
  void sameSize_writesTheSameBytes() throws Exception {
    Path first = folder.resolve("first.xlsx");
    Path second = folder.resolve("second.xlsx");

    PlanWorkbook.write(BenchPlan.generate(Size.S), first);
    PlanWorkbook.write(BenchPlan.generate(Size.S), second);

    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
  }
}

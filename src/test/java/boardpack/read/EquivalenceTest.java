package boardpack.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.Kpi;
import boardpack.model.Plan;
import boardpack.model.Series;
import boardpack.model.Value;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same plan as .xlsx, as .xls, with title rows, with formulas, and with actuals in a CSV ledger
 * reads to the same values (Sources aside).
 */
class EquivalenceTest {

  private static final YearMonth APR = YearMonth.of(2026, 4);
  private static final YearMonth MAY = YearMonth.of(2026, 5);
  private static final YearMonth JUN = YearMonth.of(2026, 6);

  @TempDir Path folder;

  /** The plan; with {@code ledger}, K2's row and K1's June are left for the CSV. */
  private static TestWorkbook fill(TestWorkbook workbook, boolean ledger) {
    workbook
        .sheet("Settings")
        .row("Setting", "Value")
        .row("Organisation", "Acme")
        .row("Fiscal year start", "April");
    workbook
        .sheet("KPIs")
        .row("ID", "Name", "Unit", "Direction", "Lower", "Upper", "Annual target", "Leads")
        .row("K1", "Revenue", "USD", null, null, null, 1200)
        .row("K2", "Margin", "%", null, null, null, "30%")
        .row("K3", "Temperature", null, "Band", 10, 20)
        .row(101, "Calls", null, null, null, null, 500, "K1");
    workbook.sheet("Targets").row("ID", APR, MAY).row("K1", 100, 110).row(101, 40, 45);
    TestWorkbook.SheetWriter actuals =
        workbook.sheet("Actuals").row("ID", APR, MAY, JUN).row("K1", 95, 120, ledger ? null : 130);
    if (!ledger) {
      actuals.row("K2", 0.28, 0.31);
    }
    actuals.row("K3", 15, 21, 9).row(101, 38, 50, 47).row("KR1", 0.5, 0.6);
    workbook.sheet("Objectives").row("ID", "Objective", "Start", "End").row("O1", "Grow", APR, JUN);
    workbook
        .sheet("KeyResults")
        .row("ID", "Objective", "Key result", "Metric", "Start value", "Target", "KPI")
        .row("KR1", "O1", "Retention up", "Increase", 0.4, 0.8)
        .row("KR2", "O1", "Revenue", "Baseline", null, null, "K1");
    return workbook;
  }

  private Plan readFile(TestWorkbook workbook, String name, List<Path> csvs) throws Exception {
    PlanReading reading =
        Readings.readFile(workbook.save(folder, name), new ReadOptions(csvs, false));
    return Readings.plan(reading);
  }

  private Plan xlsx() throws Exception {
    return readFile(fill(TestWorkbook.xlsx(), false), "plan.xlsx", List.of());
  }

  @Test
  void xlsx_readsTheValuesWritten() throws Exception {
    Plan plan = xlsx();

    assertEquals(Map.of(APR, 95.0, MAY, 120.0, JUN, 130.0), numbers(plan.actualsOf(Id.of("K1"))));
    assertEquals(Map.of(APR, 40.0, MAY, 45.0), numbers(plan.targetsOf(Id.of("101"))));
    assertEquals(
        Optional.of(0.3), plan.kpisById().get(Id.of("K2")).annualTarget().map(Value::number));
    assertEquals("Acme", plan.settings().organisation());
  }

  @Test
  void xls_readsTheSameAsXlsx() throws Exception {
    assertEquals(
        summary(xlsx()), summary(readFile(fill(TestWorkbook.xls(), false), "plan.xls", List.of())));
  }

  @Test
  void titleAndNoteRowsAboveEachTable_readTheSameAsXlsx() throws Exception {
    assertEquals(
        summary(xlsx()),
        summary(
            readFile(fill(TestWorkbook.xlsx().withTitleRows(), false), "plan.xlsx", List.of())));
  }

  @Test
  void numbersAsFormulas_cachedOrEvaluated_readTheSameAsXlsx() throws Exception {
    TestWorkbook workbook = fill(TestWorkbook.xlsx().withNumbersAsFormulas(), false);
    // K1's May (Actuals!C2) without a saved result: evaluated, 60 * 2 = 120.
    workbook.workbook().getSheet("Actuals").getRow(1).getCell(2).setCellFormula("60*2");
    ((XSSFCell) workbook.workbook().getSheet("Actuals").getRow(1).getCell(2)).getCTCell().unsetV();
    Path file = workbook.save(folder, "formulas.xlsx");
    try (XSSFWorkbook saved = new XSSFWorkbook(file.toFile())) {
      assertFalse(
          saved.getSheet("Actuals").getRow(1).getCell(2).getCTCell().isSetV(), "no saved result");
    }

    assertEquals(summary(xlsx()), summary(Readings.plan(PlanReader.read(file, ReadOptions.NONE))));
  }

  @Test
  void partOfTheActualsInACsvLedger_readsTheSameAsXlsx() throws Exception {
    Path ledger =
        Files.writeString(
            folder.resolve("ledger.csv"),
            "ID,Period,Value\nK2,2026-04,28%\nK2,Apr 2026,0.28\nK2,2026-05,0.31\nK1,Jun 2026,130\n",
            StandardCharsets.UTF_8);

    assertEquals(
        summary(xlsx()),
        summary(readFile(fill(TestWorkbook.xlsx(), true), "plan.xlsx", List.of(ledger))));
  }

  private static Map<YearMonth, Double> numbers(Series series) {
    return new TreeMap<>(
        series.values().entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().number())));
  }

  /** Everything read except Sources, as text, so that a difference shows where it is. */
  private static String summary(Plan plan) {
    StringBuilder text = new StringBuilder(plan.settings().toString()).append('\n');
    plan.kpis().forEach(kpi -> text.append(kpi(kpi)).append('\n'));
    plan.keyResults().forEach(kr -> text.append(keyResult(kr)).append('\n'));
    plan.objectives()
        .forEach(
            o ->
                text.append(o.id())
                    .append(' ')
                    .append(o.start())
                    .append(' ')
                    .append(o.end())
                    .append('\n'));
    new TreeMap<>(plan.targets())
        .forEach((id, series) -> text.append("T ").append(id).append(numbers(series)).append('\n'));
    new TreeMap<>(plan.actuals())
        .forEach((id, series) -> text.append("A ").append(id).append(numbers(series)).append('\n'));
    return text.toString();
  }

  private static String kpi(Kpi kpi) {
    return String.join(
        "|",
        kpi.id().text(),
        kpi.name(),
        kpi.unit().text(),
        kpi.direction().name(),
        kpi.aggregation().name(),
        String.valueOf(kpi.annualTarget().map(Value::number)),
        String.valueOf(kpi.band().map(b -> b.low() + ".." + b.high())),
        String.valueOf(kpi.leads().map(Id::text)));
  }

  private static String keyResult(KeyResult kr) {
    return String.join(
        "|",
        kr.id().text(),
        kr.objective().text(),
        kr.metric().name(),
        kr.type().name(),
        String.valueOf(kr.startValue().map(Value::number)),
        String.valueOf(kr.target().map(Value::number)),
        kr.due().toString(),
        String.valueOf(kr.weight()),
        String.valueOf(kr.kpi().map(Id::text)));
  }
}

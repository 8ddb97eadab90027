package boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Aggregation;
import boardpack.model.Direction;
import boardpack.model.Frequency;
import boardpack.model.Id;
import boardpack.model.Indicator;
import boardpack.model.Kpi;
import boardpack.model.Plan;
import boardpack.model.Problem;
import boardpack.model.Series;
import boardpack.model.Settings;
import boardpack.model.Source;
import boardpack.model.Unit;
import boardpack.model.Value;
import boardpack.read.PlanReading;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The check report from hand-built readings, so it is tested without the reader. */
class PlanReportTest {

  private static final Path PLAN = Path.of("plans", "plan.xlsx");
  private static final Source HERE = Source.file("plan.xlsx");

  @Test
  void print_summaryThenWarningsThenErrors() {
    Problem warning =
        Problem.warning(Source.cell("plan.xlsx", "KPIs", 6, 3), "values mix\r\nscales");
    PlanCheck check =
        PlanCheck.of(
            PLAN, new PlanReading(Optional.of(plan(true)), List.of(warning)), Optional.empty());

    assertEquals(
        lines(
            "Plan:          plan.xlsx",
            "Organisation:  Northwind",
            "Period:        2026-02 (the latest month with an actual)",
            "KPIs:          1",
            "Objectives:    0",
            "Key results:   0",
            "",
            "Warnings (1):",
            "KPIs!D7: values mix scales",
            "",
            "Errors: none"),
        printed(check));
  }

  @Test
  void print_planWithErrors_listsThemUnderTheirHeading() {
    List<Problem> problems =
        List.of(
            Problem.error(Source.cell("plan.xlsx", "Actuals", 3, 2), "\"abc\" is not a number"),
            Problem.error(Source.sheet("plan.xlsx", "KPIs"), "missing column Name"),
            Problem.warning(Source.cell("plan.xlsx", "Key Results", 1, 0), "unknown metric"));
    PlanCheck check =
        PlanCheck.of(PLAN, new PlanReading(Optional.empty(), problems), Optional.empty());

    assertEquals(
        lines(
            "Plan:          plan.xlsx",
            "",
            "Warnings (1):",
            "'Key Results'!A2: unknown metric",
            "",
            "Errors (2):",
            "Actuals!C4: \"abc\" is not a number",
            "KPIs: missing column Name"),
        printed(check));
  }

  @Test
  void refuse_oneError_saysFixIt() {
    Problem error = Problem.error(Source.sheet("plan.xlsx", "KPIs"), "missing column Name");
    PlanCheck check =
        PlanCheck.of(PLAN, new PlanReading(Optional.empty(), List.of(error)), Optional.empty());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    PlanReport.refuse(
        check, " (nothing was written)", new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertEquals(
        lines("plan.xlsx: 1 error; fix it in the plan and run again (nothing was written)"),
        bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void print_notesInTheirOwnSection_andTheSummaryAlsoWithErrors() {
    Problem note = Problem.note(Source.cell("plan.xlsx", "KPIs", 4, 4), "direction is blank");
    Problem error =
        Problem.error(Source.cell("plan.xlsx", "KPIs", 5, 7), "\"abc\" is not a number");
    PlanCheck check =
        PlanCheck.of(
            PLAN,
            new PlanReading(Optional.empty(), List.of(note, error), Optional.of(plan(true))),
            Optional.empty());

    assertEquals(
        lines(
            "Plan:          plan.xlsx",
            "Organisation:  Northwind",
            "Period:        2026-02 (the latest month with an actual)",
            "KPIs:          1",
            "Objectives:    0",
            "Key results:   0",
            "",
            "Notes (1):",
            "KPIs!E5: direction is blank",
            "",
            "Warnings: none",
            "",
            "Errors (1):",
            "KPIs!H6: \"abc\" is not a number"),
        printed(check));
    assertEquals(List.of(), check.warnings());
  }

  @Test
  void refuse_errorsInPlanAndLedger_nameBothFiles() {
    List<Problem> errors =
        List.of(
            Problem.error(Source.sheet("plan.xlsx", "KPIs"), "missing column Name"),
            Problem.error(Source.line("ledger.csv", 3), "\"abc\" is not a number"));
    PlanCheck check =
        PlanCheck.of(PLAN, new PlanReading(Optional.empty(), errors), Optional.empty());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    PlanReport.refuse(check, "", new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertEquals(
        lines("plan.xlsx: 2 errors; fix them in the plan and ledger.csv and run again"),
        bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void check_noActualsAndNoPeriod_isAnErrorNamingTheFile() {
    PlanCheck check =
        PlanCheck.of(PLAN, new PlanReading(Optional.of(plan(false)), List.of()), Optional.empty());

    assertEquals(
        List.of(
            "plan.xlsx: no reporting period: the plan has no actuals and no Reporting period setting;"
                + " fill in the Actuals sheet, set Reporting period in Settings, or give --period YYYY-MM"),
        check.errors().stream().map(Problem::toString).toList());
  }

  @Test
  void check_periodOverride_winsAndSaysSo() {
    PlanCheck check =
        PlanCheck.of(
            PLAN,
            new PlanReading(Optional.of(plan(true)), List.of()),
            Optional.of(YearMonth.of(2026, 1)));

    assertEquals(Optional.of(YearMonth.of(2026, 1)), check.period());
    assertEquals("from --period", check.periodSource());
  }

  private static String printed(PlanCheck check) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PlanReport.print(check, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String lines(String... lines) {
    return String.join(System.lineSeparator(), lines) + System.lineSeparator();
  }

  private static Plan plan(boolean withActuals) {
    Kpi revenue =
        new Kpi(
            Id.of("K1"),
            "Revenue",
            "Dana",
            Unit.NONE,
            Direction.HIGHER_IS_BETTER,
            Indicator.LAGGING,
            Aggregation.SUM,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Frequency.MONTHLY,
            "",
            HERE,
            false);
    Map<Id, Series> actuals =
        withActuals
            ? Map.of(
                Id.of("K1"),
                Series.of(
                    Map.of(
                        YearMonth.of(2026, 1),
                        new Value(100, HERE),
                        YearMonth.of(2026, 2),
                        new Value(110, HERE))))
            : Map.of();
    return new Plan(
        "plan.xlsx",
        Settings.defaults("Northwind"),
        List.of(revenue),
        Map.of(),
        actuals,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}

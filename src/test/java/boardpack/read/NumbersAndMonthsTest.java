package boardpack.read;

import static boardpack.read.Readings.JAN;
import static boardpack.read.Readings.assertErrors;
import static boardpack.read.Readings.assertWarnings;
import static boardpack.read.Readings.cells;
import static boardpack.read.Readings.kpis;
import static boardpack.read.Readings.plan;
import static boardpack.read.Readings.read;
import static boardpack.read.TestWorkbook.emptyCached;
import static boardpack.read.TestWorkbook.error;
import static boardpack.read.TestWorkbook.formula;
import static boardpack.read.TestWorkbook.uncached;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Id;
import boardpack.model.Kpi;
import boardpack.model.Value;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;

/** workbook.md: Numbers and Months. */
class NumbersAndMonthsTest {

  private static List<Double> annualTargets(Object... cells) {
    Object[][] rows = new Object[cells.length + 1][];
    rows[0] = cells("ID", "Name", "Annual target");
    for (int i = 0; i < cells.length; i++) {
      rows[i + 1] = cells("K" + (i + 1), "KPI " + (i + 1), cells[i]);
    }
    return plan(read(kpis(rows))).kpis().stream()
        .map(Kpi::annualTarget)
        .map(target -> target.map(Value::number).orElse(Double.NaN))
        .toList();
  }

  @Test
  void numbers_numericCellsAsStored_textThatIsAPlainNumberOrAPercentage() {
    List<Double> read = annualTargets(1200.25, "1234.5", "-12", "1,234.5", "12%", " 33.3 % ", "+7");

    // 12% = 12 / 100 = 0.12; 33.3% = 0.333
    assertEquals(List.of(1200.25, 1234.5, -12.0, 1234.5, 0.12, 0.333, 7.0), read);
  }

  @Test
  void numbers_formulasByCachedResult_orEvaluatedWhenNoneIsSaved() {
    List<Double> read = annualTargets(formula("600*2", 1200), uncached("600*2+1"), uncached("50%"));

    // 600 * 2 + 1 = 1201
    assertEquals(List.of(1200.0, 1201.0, 0.5), read);
  }

  @Test
  void numbers_formulaWithNoSavedResultThatCannotBeEvaluated_isAnError() {
    assertErrors(
        read(
            kpis(
                cells("ID", "Name", "Annual target"),
                cells("K1", "Revenue", uncached("1/0")),
                cells("K2", "Cost", uncached("ISOWEEKNUM(1,2,3,4)")))),
        "KPIs!C2: annual target is the error #DIV/0!; expected a number such as 1234.5 or 12%",
        "KPIs!C3: annual target is the formula =ISOWEEKNUM(1,2,3,4), which has no saved result and cannot be"
            + " evaluated (the function ISOWEEKNUM is not supported); expected a number such as 1234.5 or 12%"
            + " (open and save the workbook in Excel so it stores the result)");
  }

  @Test
  void numbers_errorCellsAndOtherText_areErrorsSayingWhatWasFound() {
    PlanReading reading =
        read(
            kpis(
                cells("ID", "Name", "Annual target"),
                cells("K1", "A", error(FormulaError.NA)),
                cells("K2", "B", error(FormulaError.DIV0)),
                cells("K3", "C", error(FormulaError.REF)),
                cells("K4", "D", "abc"),
                cells("K5", "E", "1.234,5"),
                cells("K6", "F", true)));

    assertErrors(
        reading,
        "KPIs!C2: annual target is the error #N/A; expected a number such as 1234.5 or 12%",
        "KPIs!C3: annual target is the error #DIV/0!; expected a number such as 1234.5 or 12%",
        "KPIs!C4: annual target is the error #REF!; expected a number such as 1234.5 or 12%",
        "KPIs!C5: annual target \"abc\" is not a number; expected a number such as 1234.5 or 12%",
        "KPIs!C6: annual target \"1.234,5\" is not a number; expected a number such as 1234.5 or 12%",
        "KPIs!C7: annual target TRUE is not a number; expected a number such as 1234.5 or 12%");
  }

  @Test
  void months_dateCellsAnyDay_andTheFiveTextForms() {
    TestWorkbook workbook = TestWorkbook.xlsx();
    workbook.sheet("KPIs").row("ID", "Name", "Annual target").row("K1", "Revenue", 1200);
    workbook
        .sheet("Actuals")
        .row(
            "ID",
            LocalDate.of(2026, 1, 31),
            "2026-02",
            "2026-03-15",
            "Apr 2026",
            "May-26",
            "June 2026",
            "sept 2026")
        .row("K1", 1, 2, 3, 4, 5, 6, 9);

    var actuals = plan(read(workbook)).actualsOf(Id.of("K1")).values();

    assertEquals(
        List.of(
            YearMonth.of(2026, 1),
            YearMonth.of(2026, 2),
            YearMonth.of(2026, 3),
            YearMonth.of(2026, 4),
            YearMonth.of(2026, 5),
            YearMonth.of(2026, 6),
            YearMonth.of(2026, 9)),
        List.copyOf(actuals.keySet()));
    assertEquals(
        List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 9.0),
        actuals.values().stream().map(Value::number).toList());
  }

  @Test
  void months_anythingElseIsAnError() {
    TestWorkbook workbook = Readings.minimal();
    workbook
        .sheet("Objectives")
        .row("ID", "Objective", "Start", "End")
        .row("O1", "Grow", "Q1 2026", "2026-13")
        .row("O2", "Keep", 46000, "Octobre 2026");
    workbook
        .sheet("KeyResults")
        .row("ID", "Objective", "Key result", "Metric")
        .row("KR1", "O1", "Ship", "Baseline");

    assertErrors(
        read(workbook),
        "Objectives!C2: start \"Q1 2026\" is not a month; expected " + CellValues.A_MONTH,
        "Objectives!D2: end \"2026-13\" is not a month; expected " + CellValues.A_MONTH,
        "Objectives!C3: start 46000 is not a month; expected " + CellValues.A_MONTH,
        "Objectives!D3: end \"Octobre 2026\" is not a month; expected " + CellValues.A_MONTH);
  }

  @Test
  void months_messageNamesTheAcceptedForms() {
    assertEquals(
        "a month such as Oct 2026, October 2026, Oct-26, 2026-10 or a date", CellValues.A_MONTH);
  }

  @Test
  void text_numericCellInATextColumn_readsWithoutDecimals() {
    Kpi kpi =
        plan(read(kpis(cells("ID", "Name", "Owner", "Annual target"), cells("K1", 2026, 7.5, 1))))
            .kpis()
            .get(0);

    assertEquals(List.of("2026", "7.5"), List.of(kpi.name(), kpi.owner()));
  }

  @Test
  void months_inActualsHeaderDateCellMayBeAFormula() {
    TestWorkbook workbook = TestWorkbook.xlsx();
    workbook.sheet("KPIs").row("ID", "Name", "Annual target").row("K1", "Revenue", 1200);
    TestWorkbook.SheetWriter actuals =
        workbook.sheet("Actuals").row("ID", JAN, uncached("B1+31")).row("K1", 1, 2);
    actuals
        .sheet()
        .getRow(0)
        .getCell(2)
        .setCellStyle(actuals.sheet().getRow(0).getCell(1).getCellStyle());

    var months = plan(read(workbook)).actualsOf(Id.of("K1")).values().keySet();

    // 1 Jan 2026 + 31 days = 1 Feb 2026
    assertEquals(List.of(JAN, Readings.FEB), List.copyOf(months));
  }

  @Test
  void numbers_formulaWithAnEmptySavedResult_isEvaluated_notReadAsZero() {
    List<Double> read = annualTargets(emptyCached("500+20"));

    // 500 + 20 = 520, where POI alone reads the empty <v></v> as 0
    assertEquals(List.of(520.0), read);
  }

  @Test
  void numbers_dateCellWhereANumberIsExpected_isAWarningShowingTheDateAndTheNumber() {
    PlanReading reading =
        read(
            kpis(
                cells("ID", "Name", "Annual target"),
                cells("K1", "Revenue", LocalDate.of(2026, 6, 1))));

    // 1 Jun 2026 is day 46174 counted from 1900 as Excel counts
    assertEquals(46174.0, plan(reading).kpis().get(0).annualTarget().orElseThrow().number());
    assertWarnings(
        reading,
        "KPIs!C2: annual target is the date 2026-06-01, read as the number 46174 that Excel"
            + " stores for it; expected a number: if you typed a number such as 6/1, Excel made it"
            + " a date, so format the cell as a number and retype it");
  }

  @Test
  void numbers_beyondTheLargestDouble_areErrorsAtTheirCells() {
    PlanReading reading =
        read(
            kpis(
                cells("ID", "Name", "Annual target"),
                cells("K1", "A", "1e309"),
                cells("K2", "B", "-2e308"),
                cells("K3", "C", "1e99999999999"),
                cells("K4", "D", "1.5e3")));

    String expected =
        " is too large to hold; expected a number between -1.7976931348623157E308 and"
            + " 1.7976931348623157E308";
    assertErrors(
        reading,
        "KPIs!C2: annual target \"1e309\"" + expected,
        "KPIs!C3: annual target \"-2e308\"" + expected,
        "KPIs!C4: annual target \"1e99999999999\"" + expected);
  }

  @Test
  void numbers_workbookFlaggedRecalculateOnLoad_evaluatesFormulasRatherThanTrustTheirZero() {
    // XlsxWriter stores 0 as every formula's result and sets "recalculate on load".
    TestWorkbook workbook =
        kpis(cells("ID", "Name", "Annual target"), cells("K1", "Revenue", formula("600*2", 0)));
    ((org.apache.poi.xssf.usermodel.XSSFWorkbook) workbook.workbook())
        .setForceFormulaRecalculation(true);

    // 600 * 2 = 1200, not the 0 saved
    assertEquals(1200.0, plan(read(workbook)).kpis().get(0).annualTarget().orElseThrow().number());
  }

  @Test
  void numbers_workbookFlaggedRecalculateOnLoad_formulaThatCannotBeEvaluated_isAnError() {
    TestWorkbook workbook =
        kpis(
            cells("ID", "Name", "Annual target"),
            cells("K1", "Revenue", formula("ISOWEEKNUM(1,2,3,4)", 0)));
    ((org.apache.poi.xssf.usermodel.XSSFWorkbook) workbook.workbook())
        .setForceFormulaRecalculation(true);

    assertErrors(
        read(workbook),
        "KPIs!C2: annual target is the formula =ISOWEEKNUM(1,2,3,4), whose saved result the"
            + " program that wrote it marked as not calculated, and which cannot be evaluated (the"
            + " function ISOWEEKNUM is not supported); expected a number such as 1234.5 or 12%"
            + " (open and save the workbook in Excel so it stores the result)");
  }
}

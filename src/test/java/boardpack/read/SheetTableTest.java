package boardpack.read;

import static boardpack.read.Readings.JAN;
import static boardpack.read.Readings.assertErrors;
import static boardpack.read.Readings.assertWarnings;
import static boardpack.read.Readings.cells;
import static boardpack.read.Readings.kpis;
import static boardpack.read.Readings.plan;
import static boardpack.read.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Id;
import boardpack.model.Kpi;
import boardpack.model.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * workbook.md, General rules: sheets, header rows, columns, merged and hidden cells, blank rows.
 */
class SheetTableTest {

  @Test
  void sheets_areFoundIgnoringCaseSpacesUnderscoresAndDashes() {
    TestWorkbook workbook = TestWorkbook.xlsx();
    workbook.sheet("k_p-i s").row("ID", "Name", "Annual target").row("K1", "Revenue", 1200);
    workbook.sheet("ACTUALS").row("ID", JAN).row("K1", 100);
    workbook
        .sheet("Key Results")
        .row("ID", "Objective", "Key result", "Metric")
        .row("KR1", "O1", "Ship", "Baseline");
    workbook
        .sheet("objec-tives")
        .row("ID", "Objective", "Start", "End")
        .row("O1", "Grow", JAN, JAN);

    Plan plan = plan(read(workbook));

    assertEquals(List.of("K1"), plan.kpis().stream().map(kpi -> kpi.id().text()).toList());
    assertEquals(List.of("KR1"), plan.keyResults().stream().map(kr -> kr.id().text()).toList());
    assertEquals(100, plan.actualsOf(Id.of("K1")).at(JAN).orElseThrow().number());
  }

  @Test
  void otherSheets_areIgnored() {
    TestWorkbook workbook = Readings.minimal();
    workbook.sheet("Notes").row("whatever", 1, "#N/A").row("ID", "not a KPI");

    PlanReading reading = read(workbook);

    assertEquals(1, plan(reading).kpis().size());
    assertWarnings(reading);
  }

  @Test
  void optionalSheetWithNothingOnIt_countsAsAbsent() {
    TestWorkbook workbook = Readings.minimal();
    workbook.sheet("Commentary");
    workbook.sheet("Objectives");

    PlanReading reading = read(workbook);

    assertEquals(List.of(), plan(reading).commentary());
    assertWarnings(reading);
  }

  @Test
  void twoSheetsThatFoldToOneName_areAnError() {
    TestWorkbook workbook = Readings.minimal();
    workbook.sheet("K P Is").row("ID", "Name").row("K2", "Cost");

    assertErrors(
        read(workbook),
        "'K P Is': this sheet and KPIs both read as the KPIs sheet;"
            + " expected one sheet of that name: rename or delete one");
  }

  @Test
  void requiredSheetMissing_isAnErrorNamingTheSheet() {
    TestWorkbook workbook = TestWorkbook.xlsx();
    workbook.sheet("KPIs").row("ID", "Name", "Annual target").row("K1", "Revenue", 1200);

    assertErrors(
        read(workbook),
        "plan.xlsx: no Actuals sheet; expected a sheet named Actuals (case, spaces, _ and - do not matter)");
  }

  @Test
  void headerRow_isTheFirstRowWithId_rowsAboveAreIgnored() {
    TestWorkbook workbook = TestWorkbook.xlsx();
    workbook
        .sheet("KPIs")
        .row("KPI ID list", 2026)
        .row("Note: ID is required")
        .blankRow()
        .row(null, "ID", "Name", "Annual target")
        .row(null, "K1", "Revenue", 1200);
    workbook.sheet("Actuals").row("ID", JAN).row("K1", 100);

    Kpi kpi = plan(read(workbook)).kpis().get(0);

    assertEquals("Revenue", kpi.name());
    assertEquals("KPIs!B5", kpi.source().place());
  }

  @Test
  void headerRow_notAmongTheFirst20Rows_isAnError() {
    TestWorkbook workbook = TestWorkbook.xlsx();
    TestWorkbook.SheetWriter kpis = workbook.sheet("KPIs");
    for (int i = 0; i < 20; i++) {
      kpis.row("notes");
    }
    kpis.row("ID", "Name").row("K1", "Revenue");
    workbook.sheet("Actuals").row("ID", JAN);

    assertErrors(
        read(workbook),
        "KPIs: no header row with ID in the first 20 rows; expected a row whose cells include ID");
  }

  @Test
  void columns_areFoundByFoldedHeadingInAnyOrder_unknownColumnsIgnored() {
    PlanReading reading =
        read(
            kpis(
                cells("Comment", "annual_TARGET", "NAME", "Id", "Data-Source"),
                cells("ignore me", 1200, "Revenue", "K1", "Ledger")));

    Kpi kpi = plan(reading).kpis().get(0);

    assertEquals("Revenue", kpi.name());
    assertEquals(1200, kpi.annualTarget().orElseThrow().number());
    assertEquals("Ledger", kpi.dataSource());
  }

  @Test
  void missingRequiredColumn_isAnErrorNamingSheetAndHeading() {
    assertErrors(
        read(kpis(cells("ID", "Annual target"), cells("K1", 1200))),
        "KPIs!1:1: missing required column Name; expected a column headed Name in the header row");
  }

  @Test
  void sameColumnTwice_isAnErrorNamingBothCells() {
    assertErrors(
        read(kpis(cells("ID", "Name", "Owner", "owner"), cells("K1", "Revenue", "Ann", "Bob"))),
        "KPIs!D1: column Owner appears twice (also KPIs!C1); expected each column once");
  }

  @Test
  void mergedCells_readAsTheirTopLeftValue() {
    TestWorkbook workbook =
        kpis(
            cells("ID", "Name", "Owner", "Annual target"),
            cells("K1", "Revenue", "Ann", 1200),
            cells("K2", "Margin", null, 300));
    workbook
        .workbook()
        .getSheet("KPIs")
        .addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("C2:C3"));

    List<Kpi> kpis = plan(read(workbook)).kpis();

    assertEquals(List.of("Ann", "Ann"), kpis.stream().map(Kpi::owner).toList());
  }

  @Test
  void hiddenRowsAndColumns_areReadLikeAnyOther() {
    TestWorkbook workbook =
        kpis(
            cells("ID", "Name", "Annual target"),
            cells("K1", "Revenue", 1200),
            cells("K2", "Margin", 300));
    var sheet = workbook.workbook().getSheet("KPIs");
    sheet.getRow(2).setZeroHeight(true);
    sheet.setColumnHidden(2, true);

    List<Kpi> kpis = plan(read(workbook)).kpis();

    assertEquals(
        List.of(1200.0, 300.0),
        kpis.stream().map(k -> k.annualTarget().orElseThrow().number()).toList());
  }

  @Test
  void fullyBlankRows_areSkipped() {
    TestWorkbook workbook =
        kpis(
            cells("ID", "Name", "Annual target"),
            cells("K1", "Revenue", 1200),
            cells(),
            cells("   ", "", null),
            cells("K2", "Margin", 300));

    assertEquals(2, plan(read(workbook)).kpis().size());
  }

  @Test
  void rowWithDataButNoId_isAnErrorAtItsIdCell() {
    PlanReading reading =
        read(
            kpis(
                cells("ID", "Name", "Annual target"),
                cells("K1", "Revenue", 1200),
                cells(null, "Total", 1500)));

    assertErrors(
        reading, "KPIs!A3: row 3 has data but no ID; expected ID filled in, or the row cleared");
  }

  @Test
  void numericId_isItsTextWithoutDecimals_andIdsAreTrimmed() {
    PlanReading reading =
        read(
            kpis(
                cells("ID", "Name", "Annual target"),
                cells(101, "Revenue", 1200),
                cells("  K2 ", "Margin", 300)));

    List<Kpi> kpis = plan(reading).kpis();

    assertEquals(List.of("101", "K2"), kpis.stream().map(kpi -> kpi.id().text()).toList());
  }

  @Test
  void idsMatchIgnoringCase_andResolveToTheDefiningSpelling() {
    TestWorkbook workbook = TestWorkbook.xlsx();
    workbook
        .sheet("KPIs")
        .row("ID", "Name", "Annual target", "Leads")
        .row("Calls", "Calls", 100, "rev")
        .row("Rev", "Revenue", 1200)
        .row("101", "Numeric", 5);
    workbook.sheet("Actuals").row("ID", JAN).row("CALLS", 9).row(101, 5);

    Plan plan = plan(read(workbook));

    assertEquals("Rev", plan.kpis().get(0).leads().orElseThrow().text());
    assertEquals(
        List.of("101", "Calls"), plan.actuals().keySet().stream().map(Id::text).sorted().toList());
  }
}

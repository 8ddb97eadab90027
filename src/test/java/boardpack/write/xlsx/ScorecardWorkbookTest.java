package boardpack.write.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.STGrouping;

/** The sample plan's scorecard workbook, read back with POI: the layout finance expects. */
class ScorecardWorkbookTest {

  @TempDir static Path folder;
  private static SampleWorkbook sample;
  private static XSSFWorkbook workbook;

  @BeforeAll
  static void write() throws Exception {
    sample = SampleWorkbook.writeInto(folder);
    workbook = sample.open();
  }

  @AfterAll
  static void close() throws IOException {
    workbook.close();
  }

  @Test
  void sheets_areTheSixOfOutputsMd_inOrder_thenChanges() {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));

    assertEquals(
        List.of("Summary", "KPIs", "OKRs", "Trends", "Leading-Lagging", "Data quality", "Changes"),
        names);
  }

  @Test
  void everyTable_hasFrozenHeadersAnAutofilterAndALandscapeOnePageWidePrint() {
    for (String name : List.of("KPIs", "OKRs", "Trends", "Leading-Lagging", "Data quality")) {
      XSSFSheet sheet = workbook.getSheet(name);
      PaneInformation pane = sheet.getPaneInformation();
      assertNotNull(pane, name);
      assertEquals(3, pane.getHorizontalSplitPosition(), name + " frozen rows");
      assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), name + " autofilter");
      assertEquals("3:3", sheet.getRepeatingRows().formatAsString(), name);
      assertTrue(sheet.getPrintSetup().getLandscape(), name);
      assertEquals(1, sheet.getPrintSetup().getFitWidth(), name);
      assertEquals(0, sheet.getPrintSetup().getFitHeight(), name);
      assertTrue(sheet.getFitToPage(), name);
    }
    assertEquals(2, workbook.getSheet("KPIs").getPaneInformation().getVerticalSplitPosition());
  }

  @Test
  void summaryBlocks_areExcelTablesWithFilters_namedAsTheirHeaderCells() {
    XSSFSheet summary = workbook.getSheet("Summary");
    List<org.apache.poi.xssf.usermodel.XSSFTable> tables = summary.getTables();

    // counts, objectives, red KPIs, movers, cycle flags, plan notes, headlines, commentary
    assertEquals(8, tables.size());
    for (var table : tables) {
      Row header = summary.getRow(table.getStartCellReference().getRow());
      assertTrue(table.getCTTable().isSetAutoFilter(), table.getName());
      for (int i = 0; i < table.getColumnCount(); i++) {
        assertEquals(
            header.getCell(i).getStringCellValue(),
            table.getColumns().get(i).getName(),
            table.getName());
      }
    }
  }

  @Test
  void summary_listsThePlansNotes_linkedToTheirCells() {
    Sheet summary = workbook.getSheet("Summary");
    Row first = null;
    for (Row row : summary) {
      Cell cell = row.getCell(0);
      if (cell != null && "Notes on the plan".equals(cell.getStringCellValue())) {
        first = summary.getRow(row.getRowNum() + 2);
      }
    }

    assertNotNull(first);
    // the sample's GM has no Aggregation (KPIs!G6) and AOV no Direction (KPIs!E20); notes list by
    // sheet, then row: KPIs!G6 (row 6) before KPIs!E20 (row 20)
    assertEquals("KPIs!G6", first.getCell(0).getStringCellValue());
    assertEquals("'KPIs'!G6", ((XSSFHyperlink) first.getCell(0).getHyperlink()).getLocation());
  }

  @Test
  void headerAndFooter_nameOrganisationPeriodConfidentialityAndPage() {
    Sheet kpis = workbook.getSheet("KPIs");

    assertEquals("Northwind Coffee Roasters", kpis.getHeader().getLeft());
    assertEquals("October 2026", kpis.getHeader().getRight());
    assertEquals("Confidential – Board use only", kpis.getFooter().getLeft());
    assertEquals("Page &P of &N", kpis.getFooter().getRight());
  }

  @Test
  void documentProperties_titleAuthorOrganisationSubjectPeriod() {
    var core = workbook.getProperties().getCoreProperties();

    assertEquals("Northwind Coffee Roasters scorecard, October 2026", core.getTitle());
    assertEquals("Northwind Coffee Roasters", core.getCreator());
    assertEquals("October 2026", core.getSubject());
  }

  @Test
  void commentary_sitsBesideTheVarianceItExplains() {
    Row waste = kpiRow("WASTE");

    assertEquals(
        "Roaster 2 burner fault: three batches scrapped. Engineer booked for 12 November."
            + " (Grace Lin)",
        waste.getCell(KpiColumns.NAMES.indexOf("Commentary")).getStringCellValue());
  }

  @Test
  void status_isFilledAndCarriesItsShapeAndWord() {
    Row inv = kpiRow("INV");
    Cell status = inv.getCell(KpiSheet.ATTAINMENT + 1);

    // INV: 35 days against the band 20-30: 1 - (35 - 30) / 30 = 0.833 < 0.9, red
    assertEquals("▼ Red", status.getStringCellValue());
    assertEquals(FillPatternType.SOLID_FOREGROUND, status.getCellStyle().getFillPattern());
  }

  @Test
  void numbers_areNumericCellsFormattedByUnit_neverText() {
    assertEquals(
        "\"£\"#,##0", kpiRow("REV").getCell(KpiSheet.ACTUAL).getCellStyle().getDataFormatString());
    assertEquals(
        "0.0%", kpiRow("GM").getCell(KpiSheet.ACTUAL).getCellStyle().getDataFormatString());
    assertEquals(
        "#,##0", kpiRow("CALLS").getCell(KpiSheet.ACTUAL).getCellStyle().getDataFormatString());
    assertEquals(
        "\"£\"#,##0.00",
        kpiRow("AOV").getCell(KpiSheet.ACTUAL).getCellStyle().getDataFormatString());
    List<String> numbersAsText = new ArrayList<>();
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING && looksNumeric(cell.getStringCellValue())) {
            numbersAsText.add(sheet.getSheetName() + "!" + ((XSSFCell) cell).getReference());
          }
        }
      }
    }
    assertEquals(List.of(), numbersAsText);
  }

  @Test
  void actualAndTarget_nameTheirSource_andLinkToThePlanCell() {
    Row calls = kpiRow("CALLS");
    Cell actual = calls.getCell(KpiSheet.ACTUAL + 1);
    Cell target = calls.getCell(KpiSheet.TARGET + 1);
    XSSFHyperlink link = (XSSFHyperlink) actual.getHyperlink();

    assertEquals("Actuals!Z11", actual.getStringCellValue());
    assertEquals(HyperlinkType.FILE, link.getType());
    assertEquals("'Actuals'!Z11", link.getLocation());
    // POI reads the relationship's target and the location back as one address
    assertTrue(link.getAddress().endsWith("#'Actuals'!Z11"), link.getAddress());
    assertEquals(SampleWorkbook.PLAN.toAbsolutePath().normalize(), target(link));
    // CALLS has no Targets row for October: annual 6,000 / 12 = 500, from the KPIs sheet
    assertEquals("derived from the annual target in KPIs!H11", target.getStringCellValue());
    assertEquals("'KPIs'!H11", ((XSSFHyperlink) target.getHyperlink()).getLocation());
  }

  @Test
  void ledgerActual_namesItsCsvLine_andLinksToTheFile() {
    Cell source = kpiRow("REV").getCell(KpiSheet.ACTUAL + 1);
    XSSFHyperlink link = (XSSFHyperlink) source.getHyperlink();

    assertEquals("northwind-ledger.csv:4", source.getStringCellValue());
    assertEquals(SampleWorkbook.LEDGER.toAbsolutePath().normalize(), target(link));
  }

  @Test
  void okrs_keyResultsSitOneOutlineLevelBelowTheirObjective_withDataBars() {
    XSSFSheet okrs = workbook.getSheet("OKRs");
    Row o1 = okrs.getRow(OkrSheet.HEADER_ROW + 1);
    Row kr11 = okrs.getRow(OkrSheet.HEADER_ROW + 2);

    assertEquals("O1", o1.getCell(0).getStringCellValue());
    assertEquals(0, o1.getOutlineLevel());
    assertEquals("KR1.1", kr11.getCell(0).getStringCellValue());
    assertEquals(1, kr11.getCell(0).getCellStyle().getIndention());
    assertEquals(1, kr11.getOutlineLevel());
    assertFalse(okrs.getRowSumsBelow());
    assertTrue(
        okrs.getCTWorksheet().getConditionalFormattingArray(0).getCfRuleArray(0).isSetDataBar());
  }

  @Test
  void trends_chartTheKpisThatMatterMost_asLinesLibreOfficeCanDraw() {
    XSSFSheet trends = workbook.getSheet("Trends");
    List<XSSFChart> charts = trends.getDrawingPatriarch().getCharts();

    assertFalse(charts.isEmpty());
    for (XSSFChart chart : charts) {
      CTLineChart line = chart.getCTChart().getPlotArea().getLineChartArray(0);
      assertEquals(STGrouping.STANDARD, line.getGrouping().getVal());
      assertFalse(line.getVaryColors().getVal());
      assertEquals(2, line.getSerArray().length);
      assertTrue(line.getSerArray(0).getSpPr().isSetLn());
      assertNotNull(chart.getTitleText());
      assertTrue(chart.getCTChart().isSetLegend());
      assertTrue(chart.getCTChart().getPlotArea().getCatAxArray(0).isSetTitle(), "month axis");
      assertTrue(chart.getCTChart().getPlotArea().getValAxArray(0).isSetTitle(), "value axis");
    }
    // Charts sit right of the table's last month column, never over it
    int tableEnd = TrendSheet.FIRST_MONTH + TrendSheet.MONTHS - 1;
    trends
        .getDrawingPatriarch()
        .getShapes()
        .forEach(
            shape ->
                assertTrue(
                    ((org.apache.poi.xssf.usermodel.XSSFClientAnchor) shape.getAnchor()).getCol1()
                        > tableEnd));
  }

  // The linked file, resolved from the output folder as Excel resolves a relative link.
  private static Path target(XSSFHyperlink link) {
    String file = link.getAddress().split("#", 2)[0];
    return folder.resolve(java.net.URI.create(file).getPath()).toAbsolutePath().normalize();
  }

  private static Row kpiRow(String id) {
    Sheet kpis = workbook.getSheet("KPIs");
    for (Row row : kpis) {
      if (row.getRowNum() > KpiSheet.HEADER_ROW && row.getCell(0).getStringCellValue().equals(id)) {
        return row;
      }
    }
    throw new AssertionError("no KPI row " + id);
  }

  private static boolean looksNumeric(String text) {
    try {
      Double.parseDouble(text.replace(",", "").replace("%", "").replace("£", ""));
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}

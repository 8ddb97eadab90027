package boardpack.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {

  @Test
  void place_cell_namesSheetAndCellAsExcelDoes() {
    // row 6, column 3 (0-based) is D7
    assertEquals("KPIs!D7", Source.cell("plan.xlsx", "KPIs", 6, 3).place());
    assertEquals("'Q1 plan'!D7", Source.cell("plan.xlsx", "Q1 plan", 6, 3).place());
    assertEquals("'Q1'!AA1", Source.cell("plan.xlsx", "Q1", 0, 26).place());
    assertEquals("'Bob''s'!A1", Source.cell("plan.xlsx", "Bob's", 0, 0).place());
  }

  @Test
  void place_otherKinds() {
    assertEquals("ledger.csv:14", Source.line("ledger.csv", 14).place());
    assertEquals("plan.xlsx", Source.file("plan.xlsx").place());
    assertEquals("'Key Results'", Source.sheet("plan.xlsx", "Key Results").place());
    assertEquals("Actuals!3:3", Source.row("plan.xlsx", "Actuals", 2).place());
    assertEquals("Actuals!3:3", Source.row("plan.xlsx", "Actuals", 2).toString());
  }

  @Test
  void factories_giveTheClosedKinds() {
    assertInstanceOf(Source.Cell.class, Source.cell("f", "S", 0, 0));
    assertInstanceOf(Source.Row.class, Source.row("f", "S", 0));
    assertInstanceOf(Source.Sheet.class, Source.sheet("f", "S"));
    assertInstanceOf(Source.FileWhole.class, Source.file("f"));
    assertInstanceOf(Source.CsvLine.class, Source.line("f", 1));
    // the old "not known" -1 still reads as the wider place
    assertInstanceOf(Source.Row.class, Source.cell("f", "S", 4, -1));
    assertInstanceOf(Source.Sheet.class, Source.row("f", "S", -1));
    assertTrue(Source.cell("f", "S", 0, 0).isCell());
    assertFalse(Source.line("f", 3).isCell());
  }

  @Test
  void records_rejectPlacesThatDoNotExist() {
    assertThrows(IllegalArgumentException.class, () -> new Source.Cell("f", "S", -1, 0));
    assertThrows(IllegalArgumentException.class, () -> new Source.CsvLine("f", 0));
    assertThrows(NullPointerException.class, () -> new Source.Sheet("f", null));
  }

  @Test
  void compareTo_ordersByFileSheetRowColumn_wholeBeforeParts() {
    List<Source> sorted =
        new ArrayList<>(
            List.of(
                Source.cell("a.xlsx", "KPIs", 2, 1),
                Source.line("a.csv", 2),
                Source.cell("a.xlsx", "KPIs", 2, 0),
                Source.sheet("a.xlsx", "KPIs"),
                Source.file("a.xlsx"),
                Source.row("a.xlsx", "KPIs", 2),
                Source.cell("a.xlsx", "Actuals", 9, 9)));
    sorted.sort(null);
    assertEquals(
        List.of(
            Source.line("a.csv", 2),
            Source.file("a.xlsx"),
            Source.cell("a.xlsx", "Actuals", 9, 9),
            Source.sheet("a.xlsx", "KPIs"),
            Source.row("a.xlsx", "KPIs", 2),
            Source.cell("a.xlsx", "KPIs", 2, 0),
            Source.cell("a.xlsx", "KPIs", 2, 1)),
        sorted);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "KPIs",
        "Actuals",
        "Sheet1",
        "Q1",
        "q1",
        "Q1 plan",
        "A1",
        "IV65536",
        "IW1",
        "IV65537",
        "A0",
        "A01",
        "AB123",
        "XFD1",
        "SALES20080101",
        "R1C1",
        "R",
        "C",
        "RC",
        "rc",
        "R1",
        "C1",
        "RC1",
        "Rx",
        "Cash",
        "Revenue",
        "TRUE",
        "false",
        "True1",
        "1st",
        "2026",
        "Key Results",
        "Bob's",
        "a.b",
        "a_b",
        "a-b",
        "Ümsatz",
        "売上",
        "Δ1",
        "A1B",
        "a$1",
        "x!y",
        "FY 26/27",
        "A123456789012"
      })
  void sheetReference_quotesExactlyAsPoi(String sheet) {
    assertEquals(SheetNameFormatter.format(sheet), Source.sheetReference(sheet), sheet);
  }

  @Test
  void sheetReference_quotesNamesExcelWouldReadAsSomethingElse() {
    // worked out from Excel's rule, not from POI: a cell name, R1C1, a boolean, a space, a digit
    assertEquals("'Q1'", Source.sheetReference("Q1"));
    assertEquals("'R1C1'", Source.sheetReference("R1C1"));
    assertEquals("'TRUE'", Source.sheetReference("TRUE"));
    assertEquals("'Q1 plan'", Source.sheetReference("Q1 plan"));
    assertEquals("'2026'", Source.sheetReference("2026"));
    assertEquals("KPIs", Source.sheetReference("KPIs"));
  }
}

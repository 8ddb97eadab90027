package boardpack.write.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.model.Figure;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

  @Test
  void number_largeValue_hasNoExponent() {
    assertEquals("123456789012345680000", CsvCells.number(1.2345678901234568E20));
  }

  @Test
  void number_smallValue_hasNoExponent() {
    assertEquals("0.0000001", CsvCells.number(1.0E-7));
  }

  @Test
  void number_wholeValue_hasNoDecimalPoint() {
    assertEquals("-1200", CsvCells.number(-1200.0));
  }

  @Test
  void number_shortestTextThatReadsBackExactly() {
    // 0.1 + 0.2 is not 0.3 in binary; the shortest text that reads back as that double is this one
    assertEquals("0.30000000000000004", CsvCells.number(0.1 + 0.2));
  }

  @Test
  void number_zeroAndNegativeZero_areZero() {
    assertEquals("0", CsvCells.number(0.0));
    assertEquals("0", CsvCells.number(-0.0));
  }

  @Test
  void number_absentFigure_isEmpty() {
    assertEquals("", CsvCells.number(Figure.absent("no target")));
  }

  @Test
  void text_formulaLikeStarts_getAnApostrophe() {
    assertEquals("'=SUM(A1)", CsvCells.text("=SUM(A1)"));
    assertEquals("'+1", CsvCells.text("+1"));
    assertEquals("'-5% risk", CsvCells.text("-5% risk"));
    assertEquals("'@cmd", CsvCells.text("@cmd"));
    assertEquals("'\tx", CsvCells.text("\tx"));
    assertEquals("'\rx", CsvCells.text("\rx"));
  }

  @Test
  void text_ordinaryText_isUnchanged() {
    assertEquals("Revenue = sales", CsvCells.text("Revenue = sales"));
    assertEquals("", CsvCells.text(""));
  }
}

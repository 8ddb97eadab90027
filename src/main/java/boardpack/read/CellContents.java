package boardpack.read;

import java.util.regex.Pattern;
import org.apache.poi.ss.formula.eval.NotImplementedFunctionException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Turns POI cells into {@link CellContent}: formulas by their cached result, evaluated only when a
 * file has none (workbook.md: Numbers), error values as failures.
 */
final class CellContents {

  /** {@code [1]Sheet!A1} or {@code '[Budget.xlsx]Sheet'!A1}: a reference to another workbook. */
  private static final Pattern EXTERNAL_LINK = Pattern.compile("\\[[^\\]]+\\][^!]*!");

  private final Workbook workbook;
  private final boolean date1904;
  private final boolean cacheUntrusted;
  private FormulaEvaluator evaluator;

  CellContents(Workbook workbook) {
    this.workbook = workbook;
    this.date1904 = workbook instanceof Date1904Support dates && dates.isDate1904();
    // Writers that cannot calculate (XlsxWriter stores 0 as every formula's result) set the flag
    // "recalculate everything on load"; Excel clears it when it saves, so its results are trusted.
    // (.xls always holds the results Excel calculated.)
    this.cacheUntrusted =
        workbook instanceof XSSFWorkbook xssf && xssf.getForceFormulaRecalculation();
  }

  CellContent of(Cell cell) {
    if (cell == null) {
      return CellContent.BLANK;
    }
    try {
      return read(cell);
    } catch (RuntimeException e) {
      // A cell a script wrote badly (<v>abc</v> on a number cell, say): POI cannot read it.
      return unreadable(
          cell instanceof XSSFCell xssf && xssf.getCTCell().isSetV()
              ? xssf.getCTCell().getV()
              : null);
    }
  }

  /** A stored value ({@code <v>}'s text, or null when none) that cannot be read as its type. */
  static CellContent unreadable(String stored) {
    return new CellContent.Failure(
        "a stored value" + (stored == null ? "" : " \"" + stored + "\"") + " that cannot be read",
        "retype the value in Excel");
  }

  private CellContent read(Cell cell) {
    return switch (cell.getCellType()) {
      case STRING -> CellContent.text(cell.getStringCellValue());
      case NUMERIC -> number(cell.getNumericCellValue(), cell);
      case BOOLEAN -> new CellContent.Bool(cell.getBooleanCellValue());
      case ERROR -> errorValue(cell.getErrorCellValue());
      case FORMULA -> hasCachedResult(cell) && !cacheUntrusted ? cached(cell) : evaluated(cell);
      case BLANK, _NONE -> CellContent.BLANK;
    };
  }

  private CellContent cached(Cell cell) {
    return switch (cell.getCachedFormulaResultType()) {
      case STRING -> CellContent.text(cell.getStringCellValue());
      case NUMERIC -> number(cell.getNumericCellValue(), cell);
      case BOOLEAN -> new CellContent.Bool(cell.getBooleanCellValue());
      case ERROR -> errorValue(cell.getErrorCellValue());
      case FORMULA, BLANK, _NONE -> CellContent.BLANK;
    };
  }

  private CellContent evaluated(Cell cell) {
    CellValue result;
    try {
      result = evaluator().evaluate(cell);
    } catch (RuntimeException | StackOverflowError e) {
      // POI signals unsupported functions, external links and bad references with various
      // runtime exceptions, and a chain of thousands of uncalculated formulas overflows its
      // recursion; each is a cell the user must fix, not a crash.
      return unevaluable(cell, e);
    }
    if (result == null) {
      return CellContent.BLANK;
    }
    return switch (result.getCellType()) {
      case STRING -> CellContent.text(result.getStringValue());
      case NUMERIC -> number(result.getNumberValue(), cell);
      case BOOLEAN -> new CellContent.Bool(result.getBooleanValue());
      case ERROR -> errorValue(result.getErrorValue());
      case FORMULA, BLANK, _NONE -> CellContent.BLANK;
    };
  }

  private static CellContent unevaluable(Cell cell, Throwable e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String formula = cell.getCellFormula();
    String why =
        cause instanceof NotImplementedFunctionException function
            ? "the function " + function.getFunctionName() + " is not supported"
            : EXTERNAL_LINK.matcher(formula).find()
                ? "it links to another workbook"
                : e instanceof StackOverflowError
                    ? "its chain of formulas is too long to follow"
                    : CrashText.firstLine(cause);
    return new CellContent.Failure(
        "the formula ="
            + formula
            + (hasCachedResult(cell)
                ? ", whose saved result the program that wrote it marked as not calculated,"
                    + " and which cannot be evaluated ("
                : ", which has no saved result and cannot be evaluated (")
            + why
            + ")",
        "open and save the workbook in Excel so it stores the result");
  }

  private CellContent number(double value, Cell cell) {
    return number(value, isDateFormatted(cell.getCellStyle()), date1904);
  }

  /** workbook.md: a number formatted as a date is a date. */
  static CellContent number(double value, boolean dateFormatted, boolean date1904) {
    if (dateFormatted && DateUtil.isValidExcelDate(value)) {
      return new CellContent.Date(DateUtil.getLocalDateTime(value, date1904).toLocalDate(), value);
    }
    return new CellContent.Number(value);
  }

  static boolean isDateFormatted(CellStyle style) {
    return style != null
        && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
  }

  static CellContent errorValue(byte code) {
    String name;
    try {
      name = FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException unknownCode) {
      name = "#" + code;
    }
    return new CellContent.Failure("the error " + name, "");
  }

  // A formula written by a tool that does not calculate (and never opened in Excel) has no <v>
  // element in .xlsx, or an empty one (openpyxl writes <v></v>), which POI would read as 0;
  // .xls always stores a result.
  private static boolean hasCachedResult(Cell cell) {
    return !(cell instanceof XSSFCell xssf)
        || xssf.getCTCell().isSetV() && !xssf.getCTCell().getV().isEmpty();
  }

  private FormulaEvaluator evaluator() {
    if (evaluator == null) {
      evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    }
    return evaluator;
  }
}

package boardpack.write.annotate;

import boardpack.model.Severity;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The styles of marked cells: a clone of the cell's own style with the severity's fill, made once
 * per style and severity (Excel caps a workbook's styles). Light fills, as Excel's own "Bad",
 * "Neutral" and "Note" styles, so the value stays legible; .xls files take the nearest of its
 * indexed colours.
 */
final class MarkStyles {

  private final Workbook workbook;
  private final Map<String, CellStyle> made = new HashMap<>();

  MarkStyles(Workbook workbook) {
    this.workbook = workbook;
  }

  CellStyle marked(CellStyle original, Severity severity) {
    return made.computeIfAbsent(
        original.getIndex() + "/" + severity, key -> clone(original, severity));
  }

  /** A fill alone, for the problem list's severity column. */
  CellStyle fill(Severity severity) {
    return marked(workbook.getCellStyleAt(0), severity);
  }

  private CellStyle clone(CellStyle original, Severity severity) {
    CellStyle style = workbook.createCellStyle();
    style.cloneStyleFrom(original);
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    if (style instanceof XSSFCellStyle xssf) {
      xssf.setFillForegroundColor(new XSSFColor(argb(severity)));
    } else {
      style.setFillForegroundColor(indexed(severity).getIndex());
    }
    return style;
  }

  /** The fill of each severity as ARGB (the schema wants all four bytes): red, amber, blue. */
  static byte[] argb(Severity severity) {
    return switch (severity) {
      case ERROR -> new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
      case WARNING -> new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xD9, (byte) 0x66};
      case NOTE -> new byte[] {(byte) 0xFF, (byte) 0xBD, (byte) 0xD7, (byte) 0xEE};
    };
  }

  static IndexedColors indexed(Severity severity) {
    return switch (severity) {
      case ERROR -> IndexedColors.ROSE;
      case WARNING -> IndexedColors.LIGHT_ORANGE;
      case NOTE -> IndexedColors.PALE_BLUE;
    };
  }
}

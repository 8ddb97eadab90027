package boardpack.write.plan;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of the sample workbook, made once per workbook (Excel caps styles at 64,000). */
final class SheetStyles {

  private static final String FONT = "Arial";

  private final CellStyle title;
  private final CellStyle note;
  private final CellStyle header;
  private final CellStyle monthHeader;
  private final Map<CellFormat, CellStyle> body = new EnumMap<>(CellFormat.class);

  SheetStyles(XSSFWorkbook workbook) {
    // One font family throughout: Arial is in every Excel and has a metric twin in LibreOffice, so
    // column widths fit the same everywhere.
    workbook.getFontAt(0).setFontName(FONT);
    title = workbook.createCellStyle();
    title.setFont(font(workbook, true, false, 14));
    note = workbook.createCellStyle();
    Font italic = font(workbook, false, true, 10);
    italic.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    note.setFont(italic);
    header = headerStyle(workbook);
    monthHeader = headerStyle(workbook);
    monthHeader.setDataFormat(workbook.createDataFormat().getFormat(CellFormat.MONTH.pattern()));
    monthHeader.setAlignment(HorizontalAlignment.RIGHT);
    monthHeader.setIndention((short) 0);
    for (CellFormat format : CellFormat.values()) {
      body.put(format, bodyStyle(workbook, format));
    }
  }

  CellStyle title() {
    return title;
  }

  CellStyle note() {
    return note;
  }

  CellStyle header(boolean month) {
    return month ? monthHeader : header;
  }

  CellStyle body(CellFormat format) {
    return body.get(format);
  }

  private static CellStyle bodyStyle(XSSFWorkbook workbook, CellFormat format) {
    CellStyle style = workbook.createCellStyle();
    style.setVerticalAlignment(VerticalAlignment.TOP);
    if (format.pattern() != null) {
      style.setDataFormat(workbook.createDataFormat().getFormat(format.pattern()));
    }
    // Text and dates sit left with a one-character indent, so a right-aligned number in the
    // column before never runs into them.
    if (format == CellFormat.TEXT || format == CellFormat.MONTH) {
      style.setAlignment(HorizontalAlignment.LEFT);
      style.setIndention((short) 1);
    }
    return style;
  }

  private static CellStyle headerStyle(XSSFWorkbook workbook) {
    CellStyle style = workbook.createCellStyle();
    style.setFont(font(workbook, true, false, 11));
    style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setBorderBottom(BorderStyle.THIN);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    style.setAlignment(HorizontalAlignment.LEFT);
    style.setIndention((short) 1);
    return style;
  }

  private static Font font(XSSFWorkbook workbook, boolean bold, boolean italic, int points) {
    Font font = workbook.createFont();
    font.setFontName(FONT);
    font.setBold(bold);
    font.setItalic(italic);
    font.setFontHeightInPoints((short) points);
    return font;
  }
}

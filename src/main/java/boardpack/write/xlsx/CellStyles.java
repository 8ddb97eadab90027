package boardpack.write.xlsx;

import boardpack.compute.Effect;
import boardpack.model.Status;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The workbook's small fixed set of shared cell styles, created once each on first use (Excel
 * repairs a file with thousands of styles). Everything is grey and one accent blue; saturated
 * colour is kept for status, and status never relies on colour alone.
 */
final class CellStyles {

  /** Styles that do not depend on a number format or a status. */
  enum Look {
    TITLE,
    SUBTITLE,
    SECTION,
    HEADER,
    TEXT,
    WRAP,
    BOLD,
    BOLD_WRAP,
    NOTE,
    LINK,
    MONTH,
    DASH
  }

  private static final byte[] ACCENT = rgb(0x1F, 0x4E, 0x79);
  private static final byte[] HEADER_FILL = rgb(0xDD, 0xEB, 0xF7);
  private static final byte[] GREY_TEXT = rgb(0x59, 0x59, 0x59);
  private static final byte[] RULE = rgb(0xBF, 0xBF, 0xBF);
  static final byte[] FAVOURABLE = rgb(0x00, 0x61, 0x00);
  static final byte[] ADVERSE = rgb(0x9C, 0x00, 0x06);

  private final Workbook workbook;
  private final Map<String, CellStyle> byKey = new HashMap<>();

  CellStyles(Workbook workbook) {
    this.workbook = workbook;
  }

  CellStyle look(Look look) {
    return byKey.computeIfAbsent(look.name(), key -> create(look));
  }

  /** {@code look} indented {@code depth} steps (depth 1 to 7, Excel's outline levels). */
  CellStyle indented(Look look, int depth) {
    return byKey.computeIfAbsent(
        look.name() + " indent " + depth,
        key -> {
          CellStyle style = workbook.createCellStyle();
          style.cloneStyleFrom(look(look));
          // Excel and LibreOffice indent only text aligned left explicitly.
          style.setAlignment(HorizontalAlignment.LEFT);
          style.setIndention((short) depth);
          return style;
        });
  }

  /** A number in {@code format}, right-aligned. */
  CellStyle number(UnitFormat format) {
    return byKey.computeIfAbsent("number " + format.positive(), key -> numeric(format.positive()));
  }

  /**
   * A B/(W) variance: adverse in brackets. Its colour comes from conditional formatting ({@link
   * VarianceColours}), so it follows the value when an actual is corrected.
   */
  CellStyle variance(UnitFormat format) {
    return byKey.computeIfAbsent(
        "variance " + format.variance(), key -> numeric(format.variance()));
  }

  /** A number in {@code format} whose colour says its effect: favourable green, adverse red. */
  CellStyle effect(UnitFormat format, Effect effect) {
    byte[] color =
        switch (effect) {
          case FAVOURABLE -> FAVOURABLE;
          case ADVERSE -> ADVERSE;
          case NEUTRAL, NONE -> null;
        };
    return byKey.computeIfAbsent(
        "effect " + effect + " " + format.positive(),
        key -> {
          CellStyle style = numeric(format.positive());
          if (color != null) {
            style.setFont(font(11, false, color, false));
          }
          return style;
        });
  }

  /** A status cell: filled in the status colour, with dark text of the same hue. */
  CellStyle status(Status status) {
    return byKey.computeIfAbsent("status " + status, key -> statusStyle(status));
  }

  private CellStyle create(Look look) {
    XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
    style.setVerticalAlignment(VerticalAlignment.TOP);
    switch (look) {
      case TITLE -> style.setFont(font(16, true, ACCENT, false));
      case SUBTITLE -> style.setFont(font(11, false, GREY_TEXT, false));
      case SECTION -> style.setFont(font(13, true, ACCENT, false));
      case HEADER -> header(style);
      case TEXT -> {}
      case WRAP -> style.setWrapText(true);
      case BOLD -> style.setFont(font(11, true, null, false));
      case BOLD_WRAP -> {
        style.setFont(font(11, true, null, false));
        style.setWrapText(true);
      }
      case NOTE -> {
        style.setFont(font(10, false, GREY_TEXT, true));
        style.setWrapText(true);
      }
      case LINK -> style.setFont(link());
      case MONTH -> {
        style.setDataFormat(workbook.createDataFormat().getFormat("mmm yyyy"));
        style.setAlignment(HorizontalAlignment.RIGHT);
      }
      case DASH -> {
        style.setFont(font(11, false, GREY_TEXT, false));
        style.setAlignment(HorizontalAlignment.RIGHT);
      }
    }
    return style;
  }

  private void header(XSSFCellStyle style) {
    style.setFont(font(11, true, null, false));
    style.setFillForegroundColor(new XSSFColor(HEADER_FILL));
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setWrapText(true);
    style.setVerticalAlignment(VerticalAlignment.BOTTOM);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBottomBorderColor(new XSSFColor(RULE));
  }

  private CellStyle numeric(String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    style.setAlignment(HorizontalAlignment.RIGHT);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    return style;
  }

  private CellStyle statusStyle(Status status) {
    XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
    StatusLook look = StatusLook.of(status);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    style.setFont(font(11, status == Status.RED, look.text(), false));
    if (look.fill() != null) {
      style.setFillForegroundColor(new XSSFColor(look.fill()));
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    return style;
  }

  private XSSFFont link() {
    XSSFFont font = (XSSFFont) workbook.createFont();
    font.setColor(new XSSFColor(rgb(0x05, 0x63, 0xC1)));
    font.setUnderline(Font.U_SINGLE);
    return font;
  }

  private XSSFFont font(int points, boolean bold, byte[] color, boolean italic) {
    XSSFFont font = (XSSFFont) workbook.createFont();
    font.setFontHeightInPoints((short) points);
    font.setBold(bold);
    font.setItalic(italic);
    if (color != null) {
      font.setColor(new XSSFColor(color));
    }
    return font;
  }

  /** An opaque colour as ARGB: the schemas require four bytes where POI accepts three. */
  static byte[] rgb(int red, int green, int blue) {
    return new byte[] {(byte) 0xFF, (byte) red, (byte) green, (byte) blue};
  }
}

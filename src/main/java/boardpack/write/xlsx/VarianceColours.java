package boardpack.write.xlsx;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;

/**
 * Colours B/(W) variance columns by effect: favourable (positive) dark green, adverse (negative)
 * dark red. B/(W) is signed so that positive is good whatever the KPI's direction, so the sign is
 * the effect; conditional formatting keeps the colour right when a user corrects an actual.
 */
final class VarianceColours {

  private VarianceColours() {}

  static void apply(Sheet sheet, CellRangeAddress range) {
    SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    ConditionalFormattingRule favourable =
        formatting.createConditionalFormattingRule(ComparisonOperator.GT, "0");
    colour(favourable, CellStyles.FAVOURABLE);
    ConditionalFormattingRule adverse =
        formatting.createConditionalFormattingRule(ComparisonOperator.LT, "0");
    colour(adverse, CellStyles.ADVERSE);
    formatting.addConditionalFormatting(
        new CellRangeAddress[] {range}, new ConditionalFormattingRule[] {favourable, adverse});
  }

  private static void colour(ConditionalFormattingRule rule, byte[] rgb) {
    XSSFFontFormatting font = (XSSFFontFormatting) rule.createFontFormatting();
    // POI's first setFontColor keeps only RGB, which breaks the schema (ARGB, four bytes); a
    // second call replaces that colour with the full one.
    font.setFontColor(new XSSFColor(rgb));
    font.setFontColor(new XSSFColor(rgb));
  }
}

package boardpack.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When Excel quotes a sheet name in a reference: the rule of POI's SheetNameFormatter. */
final class SheetNames {

  private static final Pattern CELL_LIKE = Pattern.compile("([A-Za-z]+)([0-9]+)");
  // the cell references POI checks a sheet name against are Excel 97's: IV65536 at most
  private static final String LAST_COLUMN = "IV";
  private static final long LAST_ROW = 65_536;

  private SheetNames() {}

  static boolean needQuotes(String sheet) {
    if (sheet.isEmpty()) {
      return false;
    }
    return Character.isDigit(sheet.charAt(0))
        || sheet.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && c != '.' && c != '_')
        || looksLikeCell(sheet)
        || sheet.equalsIgnoreCase("TRUE")
        || sheet.equalsIgnoreCase("FALSE")
        || startsLikeR1C1(sheet);
  }

  /** {@code A1}, {@code q1}, {@code IV65536}: letters then digits naming a cell in range. */
  private static boolean looksLikeCell(String sheet) {
    Matcher cell = CELL_LIKE.matcher(sheet);
    if (!cell.matches()) {
      return false;
    }
    String letters = cell.group(1).toUpperCase(Locale.ROOT);
    boolean column =
        letters.length() < LAST_COLUMN.length()
            || letters.length() == LAST_COLUMN.length() && letters.compareTo(LAST_COLUMN) <= 0;
    String digits = cell.group(2).replaceFirst("^0+(?=.)", "");
    long row = digits.length() <= 6 ? Long.parseLong(digits) : Long.MAX_VALUE;
    return column && row >= 1 && row <= LAST_ROW;
  }

  /** R, C, RC, R1..., C1..., RC1...: the start of an R1C1 reference. */
  private static boolean startsLikeR1C1(String sheet) {
    char first = Character.toUpperCase(sheet.charAt(0));
    if (first != 'R' && first != 'C') {
      return false;
    }
    if (sheet.length() == 1) {
      return true;
    }
    char second = sheet.charAt(1);
    if (first == 'R' && Character.toUpperCase(second) == 'C') {
      return sheet.length() == 2 || Character.isDigit(sheet.charAt(2));
    }
    return Character.isDigit(second);
  }
}

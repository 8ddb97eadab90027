package boardpack.write.xlsx;

import java.util.Locale;

/** Enum names as a reader reads them: {@code LEADING} as {@code Leading}. */
final class Words {

  private Words() {}

  static String capitalised(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace('_', ' ');
    return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}

package boardpack.read;

import java.util.Locale;

/**
 * workbook.md: sheet names, headings and words match ignoring case, spaces, {@code _} and {@code
 * -}.
 */
final class Folding {

  private Folding() {}

  static String fold(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // U+00A0 too: text pasted from web pages and PDFs often carries non-breaking spaces.
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '_' && c != '-') {
        kept.append(c);
      }
    }
    return kept.toString().toLowerCase(Locale.ROOT);
  }
}

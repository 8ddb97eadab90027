package boardpack.write.xlsx;

import boardpack.model.TrendDirection;
import java.util.Locale;
import java.util.Optional;

/** Model words as a reader reads them: {@code LEADING} as {@code Leading}, a trend as an arrow. */
final class Words {

  private Words() {}

  static String capitalised(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace('_', ' ');
    return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /** A trend as an arrow and its word: {@code ↑ improving}; empty without a direction. */
  static String trend(Optional<TrendDirection> direction) {
    return direction
        .map(
            d ->
                switch (d) {
                  case IMPROVING -> "↑ improving";
                  case STABLE -> "→ stable";
                  case WORSENING -> "↓ worsening";
                })
        .orElse("");
  }
}

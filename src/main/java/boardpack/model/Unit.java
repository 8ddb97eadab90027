package boardpack.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A KPI's unit as written: {@code %}, a currency code or symbol, any word, or nothing. */
public record Unit(String text) {

  public static final Unit NONE = new Unit("");
  private static final Set<String> CURRENCY_SYMBOLS =
      Set.of("$", "€", "£", "¥", "₹", "₩", "₽", "CHF", "R$", "A$", "C$");

  public Unit {
    Objects.requireNonNull(text, "text");
    text = text.strip();
  }

  public boolean isPercent() {
    return text.equals("%");
  }

  /** A three-letter ISO 4217 code in capitals (USD, EUR) or a currency symbol. */
  public boolean isCurrency() {
    return CURRENCY_SYMBOLS.contains(text) || text.matches("[A-Z]{3}") && isIsoCode(text);
  }

  public boolean isNone() {
    return text.isEmpty();
  }

  private static boolean isIsoCode(String code) {
    try {
      java.util.Currency.getInstance(code.toUpperCase(Locale.ROOT));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return text;
  }
}

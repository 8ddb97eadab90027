package boardpack.model;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A KPI's unit as written: {@code %}, a currency code or symbol, any word, or nothing. */
public record Unit(String text) {

  public static final Unit NONE = new Unit("");
  private static final Set<String> CURRENCY_SYMBOLS =
      Set.of("$", "€", "£", "¥", "₹", "₩", "₽", "CHF", "R$", "A$", "C$");

  /** Symbols printed before the amount (£1,200); any other currency keeps its text (CHF 1,200). */
  private static final Set<String> SYMBOLS_IN_FRONT = Set.of("$", "€", "£", "¥", "₹", "₩", "₽");

  /** The codes whose symbol no reader mistakes; other codes are printed as codes. */
  private static final Map<String, String> SYMBOL_OF_CODE =
      Map.of("GBP", "£", "EUR", "€", "USD", "$", "JPY", "¥");

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

  /**
   * The symbol the outputs print before an amount in this unit: the unit itself when it is such a
   * symbol, £ € $ ¥ for GBP, EUR, USD and JPY; empty for any other unit (CHF, days, %).
   */
  public Optional<String> symbol() {
    return SYMBOLS_IN_FRONT.contains(text)
        ? Optional.of(text)
        : Optional.ofNullable(SYMBOL_OF_CODE.get(text));
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

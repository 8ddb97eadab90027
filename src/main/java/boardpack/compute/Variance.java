package boardpack.compute;

import boardpack.model.Figure;
import java.util.Objects;

/**
 * Actual against target as finance reads it, favourable positive (B/(W)): {@code amount} is A - T
 * for Higher is better and T - A for Lower is better; {@code percent} is that amount over abs(T)
 * (so attainment - 1 before its floor). For Within range, 0 inside the band, else minus the
 * distance outside it, and the percent over the attainment rule's scale. See {@link Variances}.
 */
public record Variance(Figure amount, Figure percent) {

  public Variance {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(percent, "percent");
  }

  public static Variance absent(String reason) {
    return new Variance(Figure.absent(reason), Figure.absent(reason));
  }

  /** Favourable above 0, adverse below, neutral at 0, none without an amount. */
  public Effect effect() {
    if (amount.isAbsent()) {
      return Effect.NONE;
    }
    double a = amount.value();
    return a > 0 ? Effect.FAVOURABLE : a < 0 ? Effect.ADVERSE : Effect.NEUTRAL;
  }
}

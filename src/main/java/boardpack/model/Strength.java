package boardpack.model;

import java.util.Locale;

/** How strongly a leading indicator moves its lagging one: |r| >= 0.7 strong, >= 0.4 moderate. */
public enum Strength {
  STRONG,
  MODERATE,
  WEAK;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package boardpack.model;

import java.util.Locale;

/** calculations.md, KPI trend: growth above 1% a month improves, below -1% worsens. */
public enum TrendDirection {
  IMPROVING,
  STABLE,
  WORSENING;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package boardpack.model;

/** How often a KPI is reported; a quarterly KPI is expected only in quarter-end months. */
public enum Frequency {
  MONTHLY,
  QUARTERLY
}

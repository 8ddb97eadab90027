package boardpack.compute;

/** Why a KPI is among those that matter most (issue 8); a KPI may have several reasons. */
public enum MattersMost {
  /** Red in the month shown. */
  RED,
  /** Named by an active objective, or tracked by a key result of one. */
  ACTIVE_OKR,
  /** A leading indicator (Indicator Leading, or Leads names a KPI). */
  LEADING,
  /** Marked {@code Board: Yes} in the plan's KPIs sheet. */
  BOARD
}

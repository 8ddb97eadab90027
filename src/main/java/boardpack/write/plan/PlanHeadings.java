package boardpack.write.plan;

import java.util.List;

/**
 * The headings of the plan's sheets as workbook.md names them, in the order plans written by
 * boardpack lay them out (the starter, the example and the benchmark's generated plans).
 */
public final class PlanHeadings {

  /** The KPIs sheet's columns before the optional Board column. */
  public static final List<Object> KPIS =
      List.of(
          "ID",
          "Name",
          "Owner",
          "Unit",
          "Direction",
          "Indicator",
          "Aggregation",
          "Annual target",
          "Lower",
          "Upper",
          "Leads",
          "Lag",
          "Frequency",
          "Data source");

  public static final String BOARD = "Board";

  public static final List<Object> OBJECTIVES =
      List.of("ID", "Objective", "Owner", "Team", "Parent", "Start", "End", "KPI");

  public static final List<Object> KEY_RESULTS =
      List.of(
          "ID",
          "Objective",
          "Key result",
          "Owner",
          "Type",
          "Metric",
          "Start value",
          "Target",
          "Lower",
          "Upper",
          "Due",
          "Weight",
          "KPI");

  public static final List<Object> COMMENTARY = List.of("ID", "Period", "Comment", "Author");

  private PlanHeadings() {}
}

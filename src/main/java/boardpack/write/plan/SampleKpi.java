package boardpack.write.plan;

import java.util.Objects;

/**
 * One KPI of the sample plan: its KPIs-sheet cells (null: left blank for the reader's default) and
 * its 24 monthly actuals from {@link NorthwindKpis#FIRST_MONTH}, NaN where not reported.
 */
record SampleKpi(
    String id,
    String name,
    String owner,
    String unit,
    String direction,
    String indicator,
    String aggregation,
    Double annualTarget,
    Double lower,
    Double upper,
    String leads,
    Integer lag,
    String frequency,
    String dataSource,
    CellFormat format,
    double[] actuals) {

  SampleKpi {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(format, "format");
    if (actuals.length != NorthwindKpis.MONTHS) {
      throw new IllegalArgumentException(id + ": expected " + NorthwindKpis.MONTHS + " actuals");
    }
    actuals = actuals.clone();
  }

  /** The actual of month {@code index} (0 is the first month), NaN when not reported. */
  double actual(int index) {
    return actuals[index];
  }
}

package boardpack.bench;

/**
 * A generated KPI. NaN is a blank cell: a missing annual target, bound or actual.
 *
 * @param leads the ID of the KPI this leading KPI drives, or null
 * @param lag the lag in months given in the plan, or null (found from the data)
 * @param actuals one value per month from {@link Months#FIRST_ACTUAL}
 * @param targets one value per month from {@link Months#FIRST_TARGET}, or null (no Targets row)
 */
record BenchKpi(
    String id,
    String name,
    String owner,
    Kind kind,
    double annualTarget,
    double lower,
    double upper,
    String leads,
    Integer lag,
    String dataSource,
    double[] actuals,
    double[] targets) {

  String frequency() {
    return kind.isQuarterly() ? "Quarterly" : "Monthly";
  }

  String indicator() {
    return leads == null ? "Lagging" : "Leading";
  }
}

package boardpack.bench;

import java.time.YearMonth;
import java.util.SortedMap;

/**
 * A generated key result. NaN is a blank number; type, due, weight and kpi may be null (blank).
 *
 * @param actuals its own row in Actuals by month, or empty when a KPI measures it
 */
record BenchKeyResult(
    String id,
    String objective,
    String statement,
    String owner,
    String type,
    String metric,
    double start,
    double target,
    double lower,
    double upper,
    Double weight,
    String kpi,
    SortedMap<YearMonth, Object> actuals) {

  BenchKeyResult withKpi(String kpiId, Double newWeight) {
    return new BenchKeyResult(
        id, objective, statement, owner, type, metric, start, target, lower, upper, newWeight,
        kpiId, actuals);
  }

  BenchKeyResult withBand(double newLower, double newUpper) {
    return new BenchKeyResult(
        id, objective, statement, owner, type, metric, start, target, newLower, newUpper, weight,
        kpi, actuals);
  }

  BenchKeyResult withActuals(SortedMap<YearMonth, Object> values) {
    return new BenchKeyResult(
        id, objective, statement, owner, type, metric, start, target, lower, upper, weight, kpi,
        values);
  }
}

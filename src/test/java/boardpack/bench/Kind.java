package boardpack.bench;

import boardpack.bench.Num.Format;

/** The kinds of KPI a finance plan mixes: units, directions, aggregations and frequencies. */
enum Kind {
  REVENUE("Revenue", "GBP", Kind.HIGHER, "Sum", Format.GBP, 20_000, 400_000),
  COST("Operating cost", "GBP", Kind.LOWER, "Sum", Format.GBP, 10_000, 200_000),
  CONVERSION("Conversion rate", "%", Kind.HIGHER, null, Format.PERCENT, 0.1, 0.6),
  CHURN("Churn rate", "%", Kind.LOWER, null, Format.PERCENT, 0.02, 0.1),
  ORDERS("Orders", "orders", Kind.HIGHER, "Sum", Format.WHOLE, 200, 5_000),
  CYCLE_TIME("Cycle time", "days", Kind.LOWER, "Average", Format.DECIMAL, 3, 30),
  HEADCOUNT("Headcount", "people", Kind.HIGHER, "Last", Format.WHOLE, 10, 200),
  STOCK_COVER("Stock cover", "days", Kind.RANGE, null, Format.DECIMAL, 20, 40),
  BOOKINGS("Enterprise bookings", "GBP", Kind.HIGHER, "Sum", Format.GBP, 100_000, 900_000),
  CALLS("Sales calls", "calls", Kind.HIGHER, "Sum", Format.WHOLE, 300, 3_000);

  static final String HIGHER = "Higher is better";
  static final String LOWER = "Lower is better";
  static final String RANGE = "Within range";

  /** The kinds a KPI outside a leading/lagging pair is drawn from. */
  static final Kind[] ANY = {
    REVENUE, REVENUE, COST, CONVERSION, CHURN, ORDERS, CYCLE_TIME, HEADCOUNT, STOCK_COVER, BOOKINGS
  };

  /** The kinds a KPI with a Targets row is drawn from: no band, no quarterly KPI. */
  static final Kind[] TARGETED = {
    REVENUE, REVENUE, COST, CONVERSION, CHURN, ORDERS, CYCLE_TIME, HEADCOUNT
  };

  final String name;
  final String unit;
  final String direction;
  final String aggregation;
  final Format format;
  final double lowestLevel;
  final double highestLevel;

  Kind(
      String name,
      String unit,
      String direction,
      String aggregation,
      Format format,
      double lowestLevel,
      double highestLevel) {
    this.name = name;
    this.unit = unit;
    this.direction = direction;
    this.aggregation = aggregation;
    this.format = format;
    this.lowestLevel = lowestLevel;
    this.highestLevel = highestLevel;
  }

  boolean isQuarterly() {
    return this == BOOKINGS;
  }

  boolean isBand() {
    return direction.equals(RANGE);
  }

  boolean higherIsBetter() {
    return direction.equals(HIGHER);
  }

  /** Rounds a value as a finance user would type it. */
  double round(double value) {
    return switch (format) {
      case WHOLE, GBP -> Math.rint(value);
      case DECIMAL -> Math.rint(value * 10) / 10;
      case PERCENT -> Math.min(0.999, Math.max(0.001, Math.rint(value * 10_000) / 10_000));
    };
  }
}

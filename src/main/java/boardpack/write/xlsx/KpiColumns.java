package boardpack.write.xlsx;

import java.util.List;

/** The KPIs sheet's columns, in order; the header cells read exactly these names. */
final class KpiColumns {

  static final List<String> NAMES =
      List.of(
          "ID",
          "Name",
          "Owner",
          "Unit",
          "Direction",
          "Indicator",
          "Month",
          "Actual",
          "Actual source",
          "Target",
          "Target source",
          "Variance B/(W)",
          "Variance % B/(W)",
          "Attainment",
          "Status",
          "QTD actual",
          "QTD target",
          "QTD attainment",
          "QTD status",
          "YTD actual",
          "YTD target",
          "YTD attainment",
          "YTD status",
          "Annual target",
          "Forecast",
          "Forecast status",
          "Required run-rate",
          "Re-phased target",
          "Trend",
          "Leads",
          "Led by",
          "Needs an OKR",
          "Commentary",
          "Notes");

  private KpiColumns() {}
}

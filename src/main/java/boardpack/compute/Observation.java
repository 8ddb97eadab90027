package boardpack.compute;

import boardpack.model.Id;
import java.util.Objects;

/**
 * A headline KPI's figures said in words, for the executive summary: {@code Revenue is 4.0% above
 * target this month; year to date 1.4% behind; at the current run-rate the year ends 0.3% short.}
 */
public record Observation(Id kpi, String text) {

  public Observation {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(text, "text");
  }
}

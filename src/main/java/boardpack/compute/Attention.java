package boardpack.compute;

import java.util.List;

/**
 * What needs the board's attention, exceptions first (pack-design.md).
 *
 * @param redKpis KPIs red in the month shown, in plan order
 * @param behindKeyResults key results graded red (behind), in cascade order
 * @param earlyWarnings predictions that grade a lagging KPI red, by pair then month
 * @param atRiskAhead pairs whose leading KPI is worsening
 * @param needOkr KPIs that need an OKR
 * @param carryForward key results proposed as KPIs
 */
public record Attention(
    List<KpiRow> redKpis,
    List<KeyResultRow> behindKeyResults,
    List<EarlyWarning> earlyWarnings,
    List<PairRow> atRiskAhead,
    List<KpiRow> needOkr,
    List<KeyResultRow> carryForward) {

  public Attention {
    redKpis = List.copyOf(redKpis);
    behindKeyResults = List.copyOf(behindKeyResults);
    earlyWarnings = List.copyOf(earlyWarnings);
    atRiskAhead = List.copyOf(atRiskAhead);
    needOkr = List.copyOf(needOkr);
    carryForward = List.copyOf(carryForward);
  }

  public boolean isEmpty() {
    return redKpis.isEmpty()
        && behindKeyResults.isEmpty()
        && earlyWarnings.isEmpty()
        && atRiskAhead.isEmpty()
        && needOkr.isEmpty()
        && carryForward.isEmpty();
  }
}

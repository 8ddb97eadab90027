package boardpack.write.xlsx;

import boardpack.compute.Attention;
import boardpack.compute.EarlyWarning;
import boardpack.compute.KeyResultRow;
import boardpack.compute.KpiRow;
import boardpack.compute.PairRow;
import boardpack.write.xlsx.CellStyles.Look;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;

/** The Summary's OKR and KPI cycle block: each flag, what it means, and the measures it names. */
final class CycleFlags {

  static final List<String> COLUMNS = List.of("Flag", "Meaning", "Measures");

  private final SheetWriter sheet;
  private int next;

  CycleFlags(SheetWriter sheet) {
    this.sheet = sheet;
  }

  void write(int firstRow, Attention attention) {
    next = firstRow;
    flag(
        "Needs an OKR",
        "red in the month shown and the reported month before, no active OKR works on it",
        attention.needOkr().stream().map(KpiRow::id).map(id -> id.text()).toList());
    flag(
        "Propose as KPI",
        "an achieved outcome key result that no KPI tracks",
        keyResults(attention.carryForward()));
    flag("Behind", "key results graded red", keyResults(attention.behindKeyResults()));
    flag(
        "At risk ahead",
        "the leading KPI is worsening (leading → lagging)",
        attention.atRiskAhead().stream().map(CycleFlags::pair).toList());
    flag("Early warning", "a leading KPI predicts red", warnings(attention.earlyWarnings()));
  }

  private void flag(String name, String meaning, List<String> measures) {
    Row row = sheet.row(next++);
    sheet.text(row, 0, name, Look.BOLD);
    sheet.text(row, 1, meaning, Look.WRAP);
    sheet.text(row, 2, measures.isEmpty() ? "none" : String.join(", ", measures), Look.WRAP);
  }

  private static List<String> keyResults(List<KeyResultRow> rows) {
    return rows.stream().map(KeyResultRow::id).map(id -> id.text()).toList();
  }

  private static String pair(PairRow pair) {
    return pair.leading().id().text() + " → " + pair.lagging().id().text();
  }

  // One entry per pair, with the months it predicts red: CALLS → NEWREV (Dec 2026).
  private static List<String> warnings(List<EarlyWarning> warnings) {
    Set<String> entries = new LinkedHashSet<>();
    for (EarlyWarning warning : warnings) {
      entries.add(
          pair(warning.pair())
              + " ("
              + warning.prediction().month().format(TrendCharts.MONTH_LABEL)
              + ")");
    }
    return List.copyOf(entries);
  }
}

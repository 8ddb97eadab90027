package boardpack.read;

import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.Kpi;
import boardpack.model.Metric;
import boardpack.model.Source;
import java.util.Map;
import java.util.Optional;

/**
 * The KPIs and key results read, by ID, and who may have rows of monthly values (workbook.md:
 * Targets, Actuals, and the KR rules).
 */
record Measures(IdRegistry ids, Map<Id, Kpi> kpis, Map<Id, KeyResult> keyResults) {

  Measures {
    kpis = Map.copyOf(kpis);
    keyResults = Map.copyOf(keyResults);
  }

  /** Where actuals for this ID go, or empty when they must be dropped (reported). */
  Optional<Id> actualsFor(String text, Source at, Problems problems) {
    Optional<IdRegistry.Entry> entry = ids.measure(Id.of(text));
    if (entry.isEmpty()) {
      if (ids.isComplete()) {
        problems.error(
            at,
            "ID \""
                + text
                + "\" is not a KPI or key result; expected an ID from the "
                + KpiSheetReader.SHEET
                + " or "
                + KeyResultSheetReader.SHEET
                + " sheet");
      }
      return Optional.empty();
    }
    Id id = entry.get().id();
    KeyResult keyResult = keyResults.get(id);
    if (keyResult != null && keyResult.kpi().isPresent()) {
      // workbook.md: a KR with a KPI and a row of its own: a warning, and the row is ignored.
      problems.warning(
          at,
          id
              + " is measured by KPI "
              + keyResult.kpi().get()
              + " ("
              + keyResult.source().place()
              + "), so its own actuals are ignored; expected no actuals for it, "
              + "or clear its KPI");
      return Optional.empty();
    }
    return Optional.of(id);
  }

  /** Where targets for this ID go, or empty when it is not a KPI (reported). */
  Optional<Id> targetsFor(String text, Source at, Problems problems) {
    Optional<IdRegistry.Entry> entry = ids.measure(Id.of(text));
    if (entry.isPresent() && entry.get().kind() == IdRegistry.Kind.KPI) {
      return Optional.of(entry.get().id());
    }
    if (entry.isPresent()) {
      problems.error(
          at,
          "ID \""
              + text
              + "\" is a key result; expected a KPI ID, as a key result's"
              + " target is on the "
              + KeyResultSheetReader.SHEET
              + " sheet");
    } else if (ids.isComplete()) {
      problems.error(
          at,
          "ID \""
              + text
              + "\" is not a KPI; expected an ID from the "
              + KpiSheetReader.SHEET
              + " sheet");
    }
    return Optional.empty();
  }

  boolean isWithinRange(Id id) {
    Kpi kpi = kpis.get(id);
    return kpi != null && kpi.isWithinRange();
  }

  boolean isMilestone(Id id) {
    KeyResult keyResult = keyResults.get(id);
    return keyResult != null && keyResult.metric() == Metric.MILESTONE;
  }
}

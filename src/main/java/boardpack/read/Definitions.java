package boardpack.read;

import boardpack.model.Id;
import boardpack.model.KeyResult;
import boardpack.model.Kpi;
import boardpack.model.Objective;
import boardpack.model.Source;
import boardpack.read.IdRegistry.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sheets that define IDs: KPIs, Objectives and KeyResults. Every ID is registered before any
 * row is read, so references resolve whatever the row order.
 */
record Definitions(
    IdRegistry ids, List<Kpi> kpis, List<Objective> objectives, List<KeyResult> keyResults) {

  static Definitions read(Sheets sheets) {
    IdRegistry ids = new IdRegistry();
    List<TableRow> kpiRows = rows(sheets, KpiSheetReader.SPEC, Kind.KPI, ids);
    List<TableRow> objectiveRows = rows(sheets, ObjectiveSheetReader.SPEC, Kind.OBJECTIVE, ids);
    List<TableRow> keyResultRows = rows(sheets, KeyResultSheetReader.SPEC, Kind.KEY_RESULT, ids);
    checkPartner(
        sheets, objectiveRows, KeyResultSheetReader.SHEET, "key results of these objectives");
    if (checkPartner(
        sheets, keyResultRows, ObjectiveSheetReader.SHEET, "objectives of these key results")) {
      ids.markIncomplete(Kind.OBJECTIVE);
    }
    List<Kpi> kpis = KpiSheetReader.read(kpiRows, ids);
    List<Objective> objectives = ObjectiveSheetReader.read(objectiveRows, ids, sheets.problems());
    List<KeyResult> keyResults =
        KeyResultSheetReader.read(keyResultRows, ids, byId(objectives, Objective::id));
    if (ids.isComplete(Kind.KEY_RESULT) && sheets.has(KeyResultSheetReader.SHEET)) {
      PlanChecks.checkObjectives(objectives, keyResults, sheets.problems());
    }
    return new Definitions(ids, kpis, objectives, keyResults);
  }

  Measures measures() {
    return new Measures(ids, byId(kpis, Kpi::id), byId(keyResults, KeyResult::id));
  }

  /** Folded teams and owners, which a Distribution scope may name. */
  Set<String> scopes() {
    Set<String> scopes = new HashSet<>();
    Stream.of(
            kpis.stream().map(Kpi::owner),
            objectives.stream().map(Objective::owner),
            objectives.stream().map(Objective::team),
            keyResults.stream().map(KeyResult::owner))
        .flatMap(Function.identity())
        .map(Folding::fold)
        .filter(s -> !s.isEmpty())
        .forEach(scopes::add);
    return scopes;
  }

  /** The rows of a defining sheet whose IDs are registered (duplicates reported and left out). */
  private static List<TableRow> rows(Sheets sheets, TableSpec spec, Kind kind, IdRegistry ids) {
    Optional<SheetTable> table = sheets.table(spec, kind == Kind.KPI);
    if (table.isEmpty()) {
      if (kind == Kind.KPI || sheets.has(spec.sheet())) {
        ids.markIncomplete(kind);
      }
      return List.of();
    }
    List<TableRow> rows = table.get().rows(table.get().knownColumns());
    return rows.stream().filter(row -> ids.register(row, kind)).toList();
  }

  /**
   * workbook.md: Objectives needs KeyResults and vice versa; rows on one without the other sheet
   * are an error. True when reported.
   */
  private static boolean checkPartner(
      Sheets sheets, List<TableRow> rows, String partner, String expected) {
    if (rows.isEmpty() || sheets.has(partner)) {
      return false;
    }
    sheets
        .problems()
        .error(
            Source.sheet(sheets.file(), rows.get(0).table().name()),
            "there is no "
                + partner
                + " sheet; expected a sheet named "
                + partner
                + " with the "
                + expected);
    return true;
  }

  private static <T> Map<Id, T> byId(List<T> items, Function<T, Id> id) {
    return items.stream()
        .collect(Collectors.toMap(id, Function.identity(), (first, second) -> first));
  }
}

package boardpack.read;

import boardpack.model.Id;
import boardpack.read.IdRegistry.Kind;
import boardpack.model.KeyResult;
import boardpack.model.Kpi;
import boardpack.model.Objective;
import boardpack.model.Plan;
import boardpack.model.Series;
import boardpack.model.Settings;
import boardpack.model.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;

/** Reads a plan workbook and any CSV ledgers into a checked {@link boardpack.model.Plan}. */
public final class PlanReader {

  private PlanReader() {}

  /**
   * Reads and checks the plan; every problem is collected and returned, never thrown.
   *
   * @throws UnreadableFileException when the workbook or a CSV cannot be opened at all
   */
  public static PlanReading read(Path plan, ReadOptions options) throws UnreadableFileException {
    Workbook workbook = WorkbookOpener.open(plan);
    try {
      return read(workbook, String.valueOf(plan.getFileName()), options);
    } finally {
      close(workbook);
    }
  }

  /**
   * Reads and checks a workbook already open (or built in memory); {@code fileName} names it in
   * every place and gives the default organisation. The caller closes the workbook.
   *
   * @throws UnreadableFileException when a CSV cannot be opened at all
   */
  public static PlanReading read(Workbook workbook, String fileName, ReadOptions options)
      throws UnreadableFileException {
    Problems problems = new Problems();
    List<ActualsCsvReader.Line> ledgers = new ArrayList<>();
    for (Path csv : options.actualsCsvs()) {
      ledgers.addAll(ActualsCsvReader.read(csv, problems));
    }
    Optional<Plan> plan = plan(new Sheets(workbook, fileName, problems), ledgers, options.csvWins());
    return new PlanReading(problems.hasErrors() ? Optional.empty() : plan, problems.list());
  }

  private static Optional<Plan> plan(Sheets sheets, List<ActualsCsvReader.Line> ledgers, boolean csvWins) {
    Problems problems = sheets.problems();
    Settings settings = SettingsReader.read(sheets);
    IdRegistry ids = new IdRegistry();
    List<TableRow> kpiRows = definitions(sheets, KpiSheetReader.SPEC, Kind.KPI, ids);
    List<TableRow> objectiveRows = definitions(sheets, ObjectiveSheetReader.SPEC, Kind.OBJECTIVE, ids);
    List<TableRow> keyResultRows = definitions(sheets, KeyResultSheetReader.SPEC, Kind.KEY_RESULT, ids);
    checkPartner(sheets, objectiveRows, KeyResultSheetReader.SHEET, "key results of these objectives");
    if (checkPartner(sheets, keyResultRows, ObjectiveSheetReader.SHEET, "objectives of these key results")) {
      ids.markIncomplete(Kind.OBJECTIVE);
    }
    List<Kpi> kpis = KpiSheetReader.read(kpiRows, ids);
    List<Objective> objectives = ObjectiveSheetReader.read(objectiveRows, ids, problems);
    List<KeyResult> keyResults =
        KeyResultSheetReader.read(keyResultRows, ids, byId(objectives, Objective::id));
    Measures measures = new Measures(ids, byId(kpis, Kpi::id), byId(keyResults, KeyResult::id));
    MonthlySheetReader.Values targets = MonthlySheetReader.targets(sheets, measures);
    MonthlySheetReader.Values actuals = MonthlySheetReader.actuals(sheets, measures);
    ActualsMerge.merge(ledgers, actuals, measures, csvWins, problems);
    PlanChecks.checkKpis(kpis, targets, actuals, problems);
    if (ids.isComplete(Kind.KEY_RESULT) && sheets.has(KeyResultSheetReader.SHEET)) {
      PlanChecks.checkObjectives(objectives, keyResults, problems);
    }
    var commentary = CommentaryReader.read(sheets, ids);
    var distribution = DistributionReader.read(sheets, scopes(kpis, objectives, keyResults));
    if (problems.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new Plan(sheets.file(), settings, kpis, series(targets), series(actuals), objectives,
        keyResults, commentary, distribution));
  }

  /** The rows of a defining sheet whose IDs are registered (duplicates reported and left out). */
  private static List<TableRow> definitions(Sheets sheets, TableSpec spec, Kind kind, IdRegistry ids) {
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
   * Objectives needs KeyResults and vice versa: rows on one without the other sheet are an error.
   * True when reported.
   */
  private static boolean checkPartner(Sheets sheets, List<TableRow> rows, String partner, String expected) {
    if (rows.isEmpty() || sheets.has(partner)) {
      return false;
    }
    sheets.problems().error(Source.sheet(sheets.file(), rows.get(0).table().name()), "there is no " + partner
        + " sheet; expected a sheet named " + partner + " with the " + expected);
    return true;
  }

  private static <T> Map<Id, T> byId(List<T> items, Function<T, Id> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity(), (first, second) -> first));
  }

  private static Map<Id, Series> series(MonthlySheetReader.Values values) {
    return values.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, entry -> new Series(entry.getValue())));
  }

  /** Folded teams and owners, which a Distribution scope may name. */
  private static Set<String> scopes(List<Kpi> kpis, List<Objective> objectives, List<KeyResult> keyResults) {
    Set<String> scopes = new HashSet<>();
    Stream.of(kpis.stream().map(Kpi::owner), objectives.stream().map(Objective::owner),
            objectives.stream().map(Objective::team), keyResults.stream().map(KeyResult::owner))
        .flatMap(Function.identity()).map(Folding::fold).filter(s -> !s.isEmpty()).forEach(scopes::add);
    return scopes;
  }

  // The workbook was opened read-only: closing saves nothing, so a failure to close loses nothing.
  private static void close(Workbook workbook) {
    try {
      workbook.close();
    } catch (IOException ignored) {
      // nothing to report: every value has already been read
    }
  }
}

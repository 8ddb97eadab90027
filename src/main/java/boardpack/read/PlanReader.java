package boardpack.read;

import boardpack.model.Comment;
import boardpack.model.FiscalCalendar;
import boardpack.model.Id;
import boardpack.model.Plan;
import boardpack.model.Recipient;
import boardpack.model.Series;
import boardpack.model.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Workbook;

/** Reads a plan workbook and any CSV ledgers into a checked {@link boardpack.model.Plan}. */
public final class PlanReader {

  private PlanReader() {}

  /**
   * Reads and checks the plan; every problem is collected and returned, never thrown. A .xlsx or
   * .xlsm is streamed unless a formula needs evaluating (see {@link WorkbookOpener}).
   *
   * @throws UnreadableFileException when the workbook or a CSV cannot be opened at all
   */
  public static PlanReading read(Path plan, ReadOptions options) throws UnreadableFileException {
    String fileName = String.valueOf(plan.getFileName());
    Optional<List<SheetGrid>> streamed = WorkbookOpener.stream(plan);
    if (streamed.isPresent()) {
      return read(streamed.get(), fileName, options);
    }
    Workbook workbook = WorkbookOpener.open(plan);
    try {
      return read(workbook, fileName, options);
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
    return read(PoiSheetGrid.of(workbook), fileName, options);
  }

  private static PlanReading read(List<SheetGrid> sheets, String fileName, ReadOptions options)
      throws UnreadableFileException {
    Problems problems = new Problems();
    List<ActualsCsvReader.Line> ledgers = new ArrayList<>();
    for (Path csv : options.actualsCsvs()) {
      ledgers.addAll(ActualsCsvReader.read(csv, problems));
    }
    Plan plan = plan(new Sheets(sheets, fileName, problems), ledgers, options.csvWins());
    return new PlanReading(
        problems.hasErrors() ? Optional.empty() : Optional.of(plan),
        problems.list(),
        Optional.of(plan));
  }

  /**
   * The plan with what could be read, also when there are errors (rows too broken to read left
   * out), so that {@code check} can show its summary.
   */
  private static Plan plan(Sheets sheets, List<ActualsCsvReader.Line> ledgers, boolean csvWins) {
    Settings settings = SettingsReader.read(sheets);
    Definitions definitions = Definitions.read(sheets);
    Measures measures = definitions.measures();
    MonthlySheetReader.Values targets = MonthlySheetReader.targets(sheets, measures);
    MonthlySheetReader.Values actuals = MonthlySheetReader.actuals(sheets, measures);
    ActualsMerge.merge(ledgers, actuals, measures, csvWins, sheets.problems());
    PlanChecks.checkKpis(definitions.kpis(), targets, actuals, sheets.problems());
    PlanChecks.checkQuarterlyMonths(
        definitions.kpis(),
        actuals,
        new FiscalCalendar(settings.fiscalYearStart()),
        sheets.problems());
    List<Comment> commentary = CommentaryReader.read(sheets, definitions.ids());
    List<Recipient> distribution = DistributionReader.read(sheets, definitions.scopes());
    return new Plan(
        sheets.file(),
        settings,
        definitions.kpis(),
        series(targets),
        series(actuals),
        definitions.objectives(),
        definitions.keyResults(),
        commentary,
        distribution);
  }

  private static Map<Id, Series> series(MonthlySheetReader.Values values) {
    return values.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, entry -> new Series(entry.getValue())));
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

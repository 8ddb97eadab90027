package boardpack.read;

import boardpack.model.MeasureKind;
import boardpack.model.PreviousPack;
import boardpack.model.Problem;
import boardpack.model.RecordedActual;
import boardpack.model.RecordedMeasure;
import boardpack.read.RecordCsv.BadRecord;
import boardpack.read.RecordCsv.Line;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An earlier run's record in the output folder, read back for the comparison: {@code
 * <org>-<YYYY-MM>-actuals.csv} of the latest month before this run's (the same organisation's file
 * name start), with the same month's {@code -kpis.csv}, {@code -key-results.csv} and {@code
 * -objectives.csv} for their statuses (each optional: a kind whose file is missing is not
 * compared). A record that cannot be read back is a warning and no comparison, never a stop.
 */
public final class PackRecordReader {

  /**
   * The latest earlier pack, if any, and the warnings met reading it.
   *
   * @param previous empty when there was no earlier record or it could not be read
   */
  public record Reading(Optional<PreviousPack> previous, List<Problem> warnings) {
    public Reading {
      previous = Objects.requireNonNull(previous, "previous");
      warnings = List.copyOf(warnings);
    }
  }

  static final String ACTUALS = "-actuals.csv";
  private static final Map<MeasureKind, String> SCORECARD_FILES =
      Map.of(
          MeasureKind.KPI, "-kpis.csv",
          MeasureKind.KEY_RESULT, "-key-results.csv",
          MeasureKind.OBJECTIVE, "-objectives.csv");
  private static final Map<MeasureKind, String> NAME_COLUMNS =
      Map.of(
          MeasureKind.KPI, "name",
          MeasureKind.KEY_RESULT, "statement",
          MeasureKind.OBJECTIVE, "statement");

  private PackRecordReader() {}

  /**
   * The record in {@code folder} of the latest month before {@code period} whose file name starts
   * {@code organisation-} (the organisation as output file names spell it).
   */
  public static Reading latestBefore(Path folder, String organisation, YearMonth period) {
    Optional<YearMonth> month = latestMonth(folder, organisation, period);
    if (month.isEmpty()) {
      return new Reading(Optional.empty(), List.of());
    }
    String stem = organisation + "-" + month.get();
    try {
      return new Reading(Optional.of(read(folder, stem, month.get())), List.of());
    } catch (BadRecord bad) {
      return new Reading(
          Optional.empty(),
          List.of(
              Problem.warning(
                  bad.at(),
                  bad.getMessage()
                      + "; this earlier pack's record cannot be read back, so this pack is not"
                      + " compared with "
                      + month.get())));
    }
  }

  private static Optional<YearMonth> latestMonth(
      Path folder, String organisation, YearMonth period) {
    Pattern name =
        Pattern.compile(Pattern.quote(organisation) + "-(\\d{4}-\\d{2})" + Pattern.quote(ACTUALS));
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(file -> name.matcher(String.valueOf(file.getFileName())))
          .filter(Matcher::matches)
          .flatMap(m -> month(m.group(1)).stream())
          .filter(month -> month.isBefore(period))
          .max(YearMonth::compareTo);
    } catch (IOException e) {
      return Optional.empty(); // an unlistable folder fails when the outputs are written
    }
  }

  private static Optional<YearMonth> month(String text) {
    try {
      return Optional.of(YearMonth.parse(text));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static PreviousPack read(Path folder, String stem, YearMonth month) throws BadRecord {
    List<RecordedActual> actuals = new ArrayList<>();
    for (Line line :
        RecordCsv.read(
            folder.resolve(stem + ACTUALS), List.of("id", "period", "value", "source"))) {
      actuals.add(
          new RecordedActual(
              line.id(), line.month("period"), line.number("value"), line.text("source")));
    }
    Map<MeasureKind, List<RecordedMeasure>> measures = new EnumMap<>(MeasureKind.class);
    for (MeasureKind kind : MeasureKind.values()) {
      Path file = folder.resolve(stem + SCORECARD_FILES.get(kind));
      if (Files.isRegularFile(file)) {
        measures.put(kind, measures(file, kind));
      }
    }
    return new PreviousPack(month, actuals, measures);
  }

  private static List<RecordedMeasure> measures(Path file, MeasureKind kind) throws BadRecord {
    String name = NAME_COLUMNS.get(kind);
    List<RecordedMeasure> measures = new ArrayList<>();
    for (Line line : RecordCsv.read(file, List.of("id", name, "status"))) {
      measures.add(new RecordedMeasure(kind, line.id(), line.text(name), line.status()));
    }
    return measures;
  }
}

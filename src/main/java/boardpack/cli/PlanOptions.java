package boardpack.cli;

import boardpack.read.ReadOptions;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** What {@code check} and {@code run} both take: the plan, CSV actuals and the period. */
final class PlanOptions {

  @Parameters(
      index = "0",
      paramLabel = "PLAN",
      description = "the plan workbook (.xlsx, .xlsm or .xls); for run, also a folder of them")
  Path plan;

  @Option(
      names = "--actuals",
      paramLabel = "CSV",
      description =
          "a CSV of actuals in long form (ID, Period, Value); repeat the option for more files")
  List<Path> actuals = new ArrayList<>();

  @Option(
      names = "--csv-wins",
      description =
          "a CSV value replaces a different value in the workbook" + " instead of being an error")
  boolean csvWins;

  @Option(
      names = "--period",
      paramLabel = "YYYY-MM",
      converter = MonthConverter.class,
      description =
          "the month to report; default: the Settings sheet's Reporting period, else the latest"
              + " month with an actual")
  YearMonth period;

  ReadOptions readOptions() {
    return new ReadOptions(actuals, csvWins);
  }

  Optional<YearMonth> periodOverride() {
    return Optional.ofNullable(period);
  }

  /** Only {@code YYYY-MM}: a month named any other way on the command line is a usage error. */
  static final class MonthConverter implements ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String text) {
      try {
        if (text.matches("\\d{4}-\\d{2}")) {
          return YearMonth.parse(text);
        }
      } catch (DateTimeException e) {
        // falls through to the message below
      }
      throw new TypeConversionException(
          "\"" + text + "\" is not a month; give it as YYYY-MM, for example 2026-10");
    }
  }
}

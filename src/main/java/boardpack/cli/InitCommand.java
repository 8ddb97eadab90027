package boardpack.cli;

import boardpack.write.plan.NewPlan;
import boardpack.write.plan.PlanWorkbook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code boardpack init PLAN.xlsx}: writes a new plan workbook, or the complete example plan. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    version = "boardpack " + Main.VERSION,
    description =
        "Writes a new plan workbook: every sheet, notes on the headers, drop-down lists and a few"
            + " example rows to overwrite. Never overwrites a file.")
final class InitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PLAN", description = "the workbook to write (.xlsx)")
  Path plan;

  @Option(
      names = "--example",
      description =
          "write the complete example plan of Northwind Coffee Roasters instead, with its ledger"
              + " export beside it as <PLAN>-ledger.csv")
  boolean example;

  @Option(
      names = "--fiscal-year-start",
      paramLabel = "MONTH",
      converter = MonthNameConverter.class,
      description = "the fiscal year's first month, such as April or 4 (default: January)")
  Month fiscalYearStart;

  @Option(
      names = "--year",
      paramLabel = "YYYY",
      description = "the year the fiscal year starts in (default: the fiscal year running today)")
  Integer year;

  @Option(
      names = "--currency",
      paramLabel = "CODE",
      description = "the ISO currency code of money KPIs, such as GBP (default: none)")
  String currency;

  private final PrintStream out;
  private final PrintStream err;

  InitCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    checkUsage();
    List<Path> files = new ArrayList<>(List.of(plan));
    if (example) {
      files.add(ledgerBeside(plan));
    }
    for (Path file : files) {
      if (Files.exists(file)) {
        err.println(
            "boardpack: "
                + file
                + " already exists; init never overwrites a file: give another name or move it");
        return ExitCode.UNREADABLE_FILE;
      }
    }
    try {
      write(plan, example ? PlanWorkbook::writeExample : o -> PlanWorkbook.writeNew(newPlan(), o));
      if (example) {
        write(files.get(1), PlanWorkbook::writeExampleLedger);
      }
    } catch (IOException e) {
      err.println("boardpack: cannot write " + plan + " (" + e.getMessage() + ")");
      return ExitCode.UNREADABLE_FILE;
    }
    PlanReport.written(files, out);
    out.println();
    out.println(
        example
            ? "Next: boardpack run " + plan + " --actuals " + files.get(1)
            : "Next: overwrite the example rows, then: boardpack check " + plan);
    return ExitCode.OK;
  }

  private void checkUsage() {
    if (!plan.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new ParameterException(
          spec.commandLine(), "PLAN must end in .xlsx: init writes an Excel workbook");
    }
    if (example && (fiscalYearStart != null || year != null || currency != null)) {
      throw new ParameterException(
          spec.commandLine(),
          "--example writes the example plan as it is; leave out --fiscal-year-start, --year"
              + " and --currency");
    }
    if (currency != null && !currency.matches("[A-Za-z]{3}")) {
      throw new ParameterException(
          spec.commandLine(), "--currency \"" + currency + "\" is not a code such as GBP");
    }
    if (year != null && (year < 1900 || year > 9998)) {
      throw new ParameterException(spec.commandLine(), "--year " + year + " is not a year");
    }
  }

  private NewPlan newPlan() {
    Month start = fiscalYearStart == null ? Month.JANUARY : fiscalYearStart;
    return new NewPlan(
        organisation(),
        start,
        year == null ? runningFiscalYear(start) : year,
        Optional.ofNullable(currency).map(code -> code.toUpperCase(Locale.ROOT)));
  }

  // The file's name without .xlsx, as the reader's default Organisation is the file name.
  private String organisation() {
    String name = plan.getFileName().toString();
    return name.substring(0, name.length() - ".xlsx".length());
  }

  private static int runningFiscalYear(Month start) {
    YearMonth today = YearMonth.now();
    return today.getMonthValue() >= start.getValue() ? today.getYear() : today.getYear() - 1;
  }

  static Path ledgerBeside(Path plan) {
    String name = plan.getFileName().toString();
    return plan.resolveSibling(name.substring(0, name.length() - ".xlsx".length()) + "-ledger.csv");
  }

  // Written in memory first, then into a file that must not exist (CREATE_NEW), so a failure
  // never leaves half a workbook and nothing is overwritten even in a race.
  private static void write(Path file, Content content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    content.writeTo(bytes);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream target = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
      target.write(bytes.toByteArray());
    }
  }

  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** A month by name ({@code April}, {@code Apr}) or number ({@code 4}). */
  static final class MonthNameConverter implements ITypeConverter<Month> {
    @Override
    public Month convert(String text) {
      String word = text.strip().toUpperCase(Locale.ROOT);
      if (word.matches("\\d{1,2}") && Integer.parseInt(word) >= 1 && Integer.parseInt(word) <= 12) {
        return Month.of(Integer.parseInt(word));
      }
      for (Month month : Month.values()) {
        if (word.length() >= 3 && month.name().startsWith(word)) {
          return month;
        }
      }
      throw new TypeConversionException(
          "\"" + text + "\" is not a month; give a month name such as April, or its number 4");
    }
  }
}

package boardpack.read;

import boardpack.model.EmailAddress;
import boardpack.model.Settings;
import boardpack.model.Source;
import boardpack.model.Value;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * workbook.md, Settings: optional, two columns Setting and Value, each setting with its default.
 */
final class SettingsReader {

  static final String SHEET = "Settings";
  static final String SETTING = "Setting";
  static final String VALUE = "Value";
  static final TableSpec SPEC = new TableSpec(SHEET, SETTING, List.of(SETTING, VALUE), List.of());

  static final String ORGANISATION = "Organisation";
  static final String REPORTING_PERIOD = "Reporting period";
  static final String FISCAL_YEAR_START = "Fiscal year start";
  static final String CURRENCY = "Currency";
  static final String AMBER_TOLERANCE = "Amber tolerance";
  static final String PAGE_SIZE = "Page size";
  static final String CONFIDENTIALITY = "Confidentiality";
  static final String SENDER = "Sender";
  private static final List<String> NAMES =
      List.of(
          ORGANISATION,
          REPORTING_PERIOD,
          FISCAL_YEAR_START,
          CURRENCY,
          AMBER_TOLERANCE,
          PAGE_SIZE,
          CONFIDENTIALITY,
          SENDER);
  private static final Map<String, String> BY_FOLDED = byFolded();

  private SettingsReader() {}

  /**
   * The settings, defaults filled in; the organisation defaults to the file name without extension.
   */
  static Settings read(Sheets sheets) {
    Map<String, Field> given = new HashMap<>();
    Optional<SheetTable> table = sheets.table(SPEC, false);
    table.ifPresent(found -> collect(found, given));
    Problems problems = sheets.problems();
    Settings defaults = Settings.defaults(withoutExtension(sheets.file()));
    if (!given.containsKey(FISCAL_YEAR_START)) {
      problems.note(
          table
              .map(found -> Source.sheet(sheets.file(), found.name()))
              .orElse(Source.file(sheets.file())),
          "Fiscal year start is not set, so the fiscal year runs January to December (quarters"
              + " and year-to-date follow it); set Fiscal year start in Settings if yours starts"
              + " in another month");
    }
    return new Settings(
        text(given, ORGANISATION, problems).orElse(defaults.organisation()),
        field(given, REPORTING_PERIOD).flatMap(f -> CellValues.month(f, problems)),
        field(given, FISCAL_YEAR_START)
            .flatMap(f -> fiscalYearStart(f, problems))
            .orElse(defaults.fiscalYearStart()),
        text(given, CURRENCY, problems),
        field(given, AMBER_TOLERANCE)
            .flatMap(f -> amberTolerance(f, problems))
            .orElse(defaults.amberTolerance()),
        field(given, PAGE_SIZE)
            .flatMap(f -> Words.PAGE_SIZE.read(f, problems))
            .orElse(defaults.pageSize()),
        text(given, CONFIDENTIALITY, problems).orElse(defaults.confidentiality()),
        field(given, SENDER).flatMap(f -> sender(f, problems)));
  }

  /** The address messages come from: one email address, as the Distribution sheet's. */
  private static Optional<String> sender(Field field, Problems problems) {
    Optional<String> sender = Optional.of(CellValues.text(field, problems).strip());
    if (!EmailAddress.isValid(sender.get())) {
      problems.error(
          field.at(),
          "sender \""
              + sender.get()
              + "\" is not an email address; expected an address such as finance@acme.example");
      return Optional.empty();
    }
    return sender;
  }

  static String withoutExtension(String file) {
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  /**
   * Each known setting's Value cell; unknown settings are a warning, a setting given twice an
   * error.
   */
  private static void collect(SheetTable table, Map<String, Field> given) {
    Map<String, Source> seen = new HashMap<>();
    for (TableRow row : table.rows(table.knownColumns())) {
      String name = BY_FOLDED.get(Folding.fold(row.key()));
      if (name == null) {
        row.problems()
            .warning(
                row.source(),
                "unknown setting \""
                    + row.key()
                    + "\" is ignored; expected one of "
                    + String.join(", ", NAMES));
      } else if (seen.putIfAbsent(name, row.source()) != null) {
        row.problems()
            .error(
                row.source(),
                "setting "
                    + name
                    + " is given twice (also "
                    + seen.get(name).place()
                    + "); expected it once");
      } else if (!row.isBlank(VALUE)) {
        given.put(name, row.field(VALUE, name.toLowerCase(Locale.ROOT)));
      }
    }
  }

  private static Optional<Field> field(Map<String, Field> given, String name) {
    return Optional.ofNullable(given.get(name));
  }

  private static Optional<String> text(Map<String, Field> given, String name, Problems problems) {
    return field(given, name)
        .map(f -> CellValues.text(f, problems))
        .filter(text -> !text.isEmpty());
  }

  /** workbook.md: "April" or "4"; a date stands for its month. */
  private static Optional<Month> fiscalYearStart(Field field, Problems problems) {
    Optional<Month> month =
        switch (field.content()) {
          case CellContent.Number n -> monthNumber(n.value());
          case CellContent.Date d -> Optional.of(d.date().getMonth());
          case CellContent.Text t ->
              MonthText.monthName(t.text())
                  .or(() -> monthNumber(CellValues.parseNumber(t.text()).orElse(0)));
          default -> Optional.empty();
        };
    if (month.isEmpty()) {
      CellValues.notA(
          field, "a month", "a month name such as April or its number 1 to 12", problems);
    }
    return month;
  }

  private static Optional<Month> monthNumber(double number) {
    return number == Math.rint(number) && number >= 1 && number <= 12
        ? Optional.of(Month.of((int) number))
        : Optional.empty();
  }

  /** workbook.md: "10%" or 0.1; a fraction between 0 and 1. */
  private static Optional<Double> amberTolerance(Field field, Problems problems) {
    Optional<Value> value = CellValues.number(field, problems);
    if (value.isPresent() && !(value.get().number() >= 0 && value.get().number() <= 1)) {
      problems.error(
          field.at(),
          field.what()
              + " "
              + CellValues.show(value.get().number())
              + " is not between 0 and 1; expected a fraction such as 10% or 0.1");
      return Optional.empty();
    }
    return value.map(Value::number);
  }

  private static Map<String, String> byFolded() {
    Map<String, String> names = new HashMap<>();
    NAMES.forEach(name -> names.put(Folding.fold(name), name));
    // American spelling, as US finance teams write it.
    names.put(Folding.fold("Organization"), ORGANISATION);
    return Map.copyOf(names);
  }
}

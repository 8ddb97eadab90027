package boardpack.read;

import boardpack.model.Id;
import boardpack.model.Source;
import boardpack.model.Status;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file boardpack wrote itself (an earlier run's record or scorecard), read back: a header
 * row naming the columns, UTF-8 with a byte-order mark, text a spreadsheet would take for a formula
 * written with a leading {@code '} (taken off here). Anything else is a {@link BadRecord} at its
 * line.
 */
final class RecordCsv {

  /** A field of one line, with the line's place for messages. */
  record Line(CSVRecord record, Source at) {

    String text(String column) throws BadRecord {
      if (!record.isMapped(column) || !record.isSet(column)) {
        throw new BadRecord(at, "has no " + column + " field");
      }
      return unneutralised(record.get(column));
    }

    Id id() throws BadRecord {
      String text = text("id");
      if (text.isBlank()) {
        throw new BadRecord(at, "id is blank");
      }
      return Id.of(text);
    }

    YearMonth month(String column) throws BadRecord {
      String text = text(column);
      try {
        return YearMonth.parse(text);
      } catch (DateTimeException e) {
        throw new BadRecord(at, column + " \"" + text + "\" is not a month YYYY-MM");
      }
    }

    double number(String column) throws BadRecord {
      String text = text(column);
      try {
        double value = Double.parseDouble(text);
        if (Double.isFinite(value)) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new BadRecord(at, column + " \"" + text + "\" is not a number");
    }

    Status status() throws BadRecord {
      String text = text("status").strip().toLowerCase(Locale.ROOT);
      for (Status status : Status.values()) {
        if (status != Status.ACHIEVED && status.word().equals(text)) {
          return status;
        }
      }
      throw new BadRecord(at, "status \"" + text + "\" is not green, amber, red or none");
    }
  }

  /** A record boardpack cannot read back: a place and what is wrong there. */
  static final class BadRecord extends Exception {
    private final Source at;

    BadRecord(Source at, String message) {
      super(message, null, false, false);
      this.at = at;
    }

    Source at() {
      return at;
    }
  }

  private RecordCsv() {}

  /** Every data line of {@code csv}, whose header must name every one of {@code columns}. */
  static List<Line> read(Path csv, List<String> columns) throws BadRecord {
    String file = String.valueOf(csv.getFileName());
    String text = contents(csv, file);
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (String column : columns) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new BadRecord(Source.line(file, 1), "has no " + column + " column");
        }
      }
      List<Line> lines = new ArrayList<>();
      long lineNumber = parser.getCurrentLineNumber() + 1;
      for (CSVRecord record : parser) {
        lines.add(new Line(record, Source.line(file, (int) lineNumber)));
        lineNumber = parser.getCurrentLineNumber() + 1;
      }
      return lines;
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new BadRecord(Source.file(file), "cannot be read as CSV (" + e.getMessage() + ")");
    }
  }

  private static String contents(Path csv, String file) throws BadRecord {
    try {
      String text = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new BadRecord(Source.file(file), "cannot be read (" + e.getMessage() + ")");
    }
  }

  /** The text as written before the CSVs' formula guard added its {@code '}. */
  static String unneutralised(String text) {
    if (text.length() >= 2 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
      return text.substring(1);
    }
    return text;
  }
}

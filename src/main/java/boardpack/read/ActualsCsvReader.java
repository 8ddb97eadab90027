package boardpack.read;

import boardpack.model.Source;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * workbook.md, CSV actuals: long form with ID, Period and Value columns (any order, same folding),
 * UTF-8 with or without BOM, comma or semicolon separated.
 */
final class ActualsCsvReader {

  static final String ID = "ID";
  static final String PERIOD = "Period";
  static final String VALUE = "Value";
  private static final List<String> HEADINGS = List.of(ID, PERIOD, VALUE);

  /** One data line: its place and its three fields. */
  record Line(Source at, String id, CellContent period, CellContent value) {}

  private ActualsCsvReader() {}

  /** The data lines of one CSV; problems in it are collected, a file that cannot be read throws. */
  static List<Line> read(Path csv, Problems problems) throws UnreadableFileException {
    String file = String.valueOf(csv.getFileName());
    String text = contents(csv, file);
    if (text.isBlank()) {
      problems.error(
          Source.file(file), "the file is empty; expected a header row with ID, Period and Value");
      return List.of();
    }
    // Empty lines kept as records, so that counting lines gives each record's line number.
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      return lines(parser, file, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
  }

  private static String contents(Path csv, String file) throws UnreadableFileException {
    try {
      // Decoding replaces bytes that are not UTF-8, so a stray Windows-1252 byte in a label
      // never stops the run; IDs and numbers are ASCII.
      String text = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (NoSuchFileException e) {
      throw new UnreadableFileException(
          file + ": no such file; expected a CSV file of actuals at " + csv, e);
    } catch (AccessDeniedException e) {
      throw new UnreadableFileException(
          file + ": access denied; expected a CSV file the tool may read", e);
    } catch (IOException e) {
      throw new UnreadableFileException(
          file + ": cannot be read (" + e.getMessage() + "); expected a CSV file of actuals", e);
    }
  }

  /** workbook.md: comma or semicolon separated, told apart by the header line. */
  static char delimiter(String text) {
    String header = text.lines().findFirst().orElse("");
    long semicolons = header.chars().filter(c -> c == ';').count();
    long commas = header.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }

  private static List<Line> lines(CSVParser parser, String file, Problems problems) {
    Iterator<CSVRecord> records = parser.iterator();
    List<Line> lines = new ArrayList<>();
    // The line a record starts on: the lines consumed so far, plus one.
    int lineNumber = (int) parser.getCurrentLineNumber() + 1;
    try {
      Optional<Map<String, Integer>> columns =
          records.hasNext() ? columns(records.next(), file, problems) : Optional.empty();
      lineNumber = (int) parser.getCurrentLineNumber() + 1;
      while (columns.isPresent() && records.hasNext()) {
        line(records.next(), columns.get(), Source.line(file, lineNumber), problems)
            .ifPresent(lines::add);
        lineNumber = (int) parser.getCurrentLineNumber() + 1;
      }
    } catch (UncheckedIOException malformed) {
      problems.error(
          Source.line(file, lineNumber),
          "cannot be read as CSV from this line on (a quote is"
              + " not closed, or text follows a closing quote); expected comma- or semicolon-separated values,"
              + " quoted whole");
    }
    return lines;
  }

  private static Optional<Map<String, Integer>> columns(
      CSVRecord header, String file, Problems problems) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(Folding.fold(header.get(i).replace("\uFEFF", "")), i);
    }
    List<String> missing =
        HEADINGS.stream().filter(h -> !columns.containsKey(Folding.fold(h))).toList();
    for (String heading : missing) {
      problems.error(
          Source.line(file, 1),
          "missing required column "
              + heading
              + "; expected a header row with ID, Period and Value");
    }
    return missing.isEmpty() ? Optional.of(columns) : Optional.empty();
  }

  private static Optional<Line> line(
      CSVRecord record, Map<String, Integer> columns, Source at, Problems problems) {
    CellContent id = field(record, columns, ID);
    CellContent period = field(record, columns, PERIOD);
    CellContent value = field(record, columns, VALUE);
    if (id.isBlank()) {
      if (!period.isBlank() || !value.isBlank()) {
        problems.error(at, "line has data but no ID; expected an ID, or the line removed");
      }
      return Optional.empty();
    }
    return Optional.of(new Line(at, ((CellContent.Text) id).text(), period, value));
  }

  private static CellContent field(CSVRecord record, Map<String, Integer> columns, String heading) {
    int column = columns.get(Folding.fold(heading));
    return column < record.size() ? CellContent.text(record.get(column)) : CellContent.BLANK;
  }
}

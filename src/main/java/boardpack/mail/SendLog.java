package boardpack.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Who was sent which pack, one CSV row per attempt, kept in the output folder across runs: a re-run
 * sends only to those with no {@code sent} row for the period.
 */
public final class SendLog {

  public static final String FILE_NAME = "send-log.csv";
  static final String[] COLUMNS = {
    "period", "email", "name", "scope", "attachments", "message_id", "time", "outcome"
  };
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader(COLUMNS).setSkipHeaderRecord(true).get();

  private final List<SendRecord> records;

  private SendLog(List<SendRecord> records) {
    this.records = new ArrayList<>(records);
  }

  /** The log in {@code file}; empty when there is none yet. */
  public static SendLog read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return new SendLog(List.of());
    }
    List<SendRecord> records = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, FORMAT)) {
      for (CSVRecord row : parser) {
        records.add(record(row));
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IOException(file.getFileName() + " is not a send log boardpack can read", e);
    }
    return new SendLog(records);
  }

  /** Whether {@code email} was sent {@code period}'s pack by an earlier run. */
  public boolean wasSent(YearMonth period, String email) {
    String address = email.strip().toLowerCase(Locale.ROOT);
    return records.stream()
        .anyMatch(
            r ->
                r.period().equals(period.toString())
                    && r.email().strip().toLowerCase(Locale.ROOT).equals(address)
                    && r.outcome().equals(SendRecord.SENT));
  }

  public void add(SendRecord record) {
    records.add(record);
  }

  public List<SendRecord> records() {
    return List.copyOf(records);
  }

  /** The whole log as CSV (RFC 4180, UTF-8). */
  public void writeTo(OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
    printer.printRecord((Object[]) COLUMNS);
    for (SendRecord r : records) {
      printer.printRecord(
          r.period(),
          r.email(),
          r.name(),
          r.scope(),
          r.attachments(),
          r.messageId(),
          r.time(),
          r.outcome());
    }
    printer.flush();
  }

  private static SendRecord record(CSVRecord row) {
    return new SendRecord(
        row.get("period"),
        row.get("email"),
        row.get("name"),
        row.get("scope"),
        row.get("attachments"),
        row.get("message_id"),
        row.get("time"),
        row.get("outcome"));
  }
}

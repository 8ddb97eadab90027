package boardpack.cli;

import boardpack.mail.SendFailure;
import boardpack.mail.SendLog;
import boardpack.mail.SendRecord;
import boardpack.mail.SmtpSender;
import boardpack.mail.SmtpServer;
import boardpack.write.StagedOutput;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Sends the written .eml files one by one and records each attempt in the send log at once, so a
 * run stopped half way still knows who has the pack. A failed send is reported and its .eml kept.
 */
final class Mailing {

  static final String USER = "BOARDPACK_SMTP_USER";
  static final String PASSWORD = "BOARDPACK_SMTP_PASSWORD";

  private final SmtpSender sender;
  private final SmtpServer server;
  private final Path folder;
  private final Clock clock;
  private final PrintStream out;
  private final PrintStream err;
  private String unreachable; // why the server could not be reached, once it could not

  Mailing(SmtpServer server, Path folder, Clock clock, PrintStream out, PrintStream err) {
    this.sender = new SmtpSender(server);
    this.server = server;
    this.folder = folder;
    this.clock = clock;
    this.out = out;
    this.err = err;
  }

  /** The number of messages that could not be sent. */
  int send(List<Letter> letters, SendLog log, YearMonth period) throws IOException {
    if (letters.isEmpty()) {
      return 0;
    }
    out.println();
    out.println("Sending through " + server.address() + ":");
    int failed = 0;
    unreachable = null;
    for (Letter letter : letters) {
      String outcome = unreachable == null ? sendOne(letter) : notTried(letter);
      if (!outcome.equals(SendRecord.SENT)) {
        failed++;
      }
      log.add(record(letter, period, outcome));
      save(log);
    }
    return failed;
  }

  private String sendOne(Letter letter) {
    try {
      sender.send(letter.eml());
      out.println(letter.email() + " (" + letter.scope() + "): sent");
      return SendRecord.SENT;
    } catch (SendFailure e) {
      if (e.serverUnreachable()) {
        unreachable = e.getMessage();
      }
      return notSent(letter, e.getMessage());
    } catch (IOException e) {
      return notSent(letter, "cannot read the message: " + e.getMessage());
    }
  }

  // A server that cannot be reached would make each later message wait out the same timeout.
  private String notTried(Letter letter) {
    return notSent(letter, unreachable + " (not tried again after an earlier message)");
  }

  private String notSent(Letter letter, String why) {
    String reason = why.replaceAll("\\s+", " ");
    out.println(letter.email() + " (" + letter.scope() + "): NOT SENT");
    err.println(
        "boardpack: not sent to "
            + letter.email()
            + ": "
            + reason
            + "; the message is kept in "
            + letter.eml());
    return SendRecord.failed(reason);
  }

  private SendRecord record(Letter letter, YearMonth period, String outcome) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    return new SendRecord(
        period.toString(),
        letter.email(),
        letter.delivery().recipient().name(),
        letter.scope(),
        SendRecord.attachments(letter.names(), letter.sha256s()),
        letter.messageId(),
        now.toString(),
        outcome);
  }

  private void save(SendLog log) throws IOException {
    try (StagedOutput output = StagedOutput.in(folder)) {
      output.write(SendLog.FILE_NAME, log::writeTo);
      output.commit();
    }
  }
}

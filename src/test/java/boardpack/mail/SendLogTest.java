package boardpack.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendLogTest {

  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  @TempDir Path dir;

  @Test
  void read_noFile_isAnEmptyLogThatHasSentNothing() throws Exception {
    SendLog log = SendLog.read(dir.resolve(SendLog.FILE_NAME));

    assertTrue(log.records().isEmpty());
    assertFalse(log.wasSent(OCTOBER, "a@x.example"));
  }

  @Test
  void wasSent_onlyASentRowForThatPeriodCounts_addressInAnyCase() throws Exception {
    SendLog log = SendLog.read(dir.resolve(SendLog.FILE_NAME));
    log.add(row("2026-10", "Ann@X.example", SendRecord.SENT));
    log.add(row("2026-10", "bob@x.example", SendRecord.failed("connection refused")));
    log.add(row("2026-09", "cy@x.example", SendRecord.SENT));

    assertTrue(log.wasSent(OCTOBER, "ann@x.example"));
    assertFalse(log.wasSent(OCTOBER, "bob@x.example"));
    assertFalse(log.wasSent(OCTOBER, "cy@x.example"));
    assertTrue(log.wasSent(YearMonth.of(2026, 9), "cy@x.example"));
  }

  @Test
  void writeTo_thenRead_keepsEveryRowAndColumn() throws Exception {
    Path file = dir.resolve(SendLog.FILE_NAME);
    SendLog log = SendLog.read(file);
    SendRecord sent =
        new SendRecord(
            "2026-10",
            "ann@x.example",
            "Ann, CFO",
            "Sales",
            SendRecord.attachments(List.of("a.pdf", "b.xlsx"), List.of("ab12", "cd34")),
            "<1@x.example>",
            "2026-11-02T12:00:00Z",
            SendRecord.SENT);
    log.add(sent);
    try (OutputStream out = Files.newOutputStream(file)) {
      log.writeTo(out);
    }

    assertEquals(List.of(sent), SendLog.read(file).records());
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(
        text.startsWith(
            "period,email,name,scope,attachments,message_id,time,outcome\r\n"
                + "2026-10,ann@x.example,\"Ann, CFO\",Sales,a.pdf sha256:ab12; b.xlsx sha256:cd34,"),
        text);
  }

  private static SendRecord row(String period, String email, String outcome) {
    return new SendRecord(period, email, "", "All", "", "<m@x>", "2026-11-02T12:00:00Z", outcome);
  }
}

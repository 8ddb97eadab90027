package boardpack.cli;

import static boardpack.cli.MonthEndRun.STEM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.mail.Messages;
import boardpack.mail.SendLog;
import boardpack.mail.SendRecord;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** run --smtp on the sample plan against a real SMTP server on loopback (GreenMail). */
class SmtpDeliveryTest {

  private static final String LOOPBACK = "127.0.0.1";
  private static final List<String> RECIPIENTS =
      List.of(
          "hannah.price@northwind-coffee.example",
          "board@northwind-coffee.example",
          "marcus.reed@northwind-coffee.example",
          "grace.lin@northwind-coffee.example");

  @RegisterExtension
  static final GreenMailExtension SERVER =
      new GreenMailExtension(new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_SMTP))
          .withConfiguration(GreenMailConfiguration.aConfig().withUser("finance", "pa55-w0rd"));

  @TempDir Path dir;

  private final MonthEndRun run = new MonthEndRun(new FakeParts().standard());

  @Test
  void run_smtp_serverReceivesEachMessageOnce_attachmentsByteForByte() throws Exception {
    Path out = dir.resolve("out");

    int code = run.run(smtpRun(out));

    assertEquals(0, code, run.err());
    MimeMessage[] received = SERVER.getReceivedMessages();
    assertEquals(RECIPIENTS, recipients(received));
    Map<String, MimeMessage> byRecipient = byRecipient(received);
    MimeMessage hannah = byRecipient.get(RECIPIENTS.get(0));
    assertEquals("Northwind Coffee Roasters board pack, October 2026", hannah.getSubject());
    assertEquals(null, hannah.getHeader("X-Unsent"));
    Map<String, byte[]> files = Messages.attachments(hannah);
    assertEquals(
        List.of(STEM + "-board-pack.pdf", STEM + "-scorecard.xlsx"), List.copyOf(files.keySet()));
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      assertArrayEquals(Files.readAllBytes(out.resolve(file.getKey())), file.getValue());
    }
    MimeMessage grace = byRecipient.get(RECIPIENTS.get(3));
    assertEquals("Northwind Coffee Roasters pack for Grace Lin, October 2026", grace.getSubject());
    assertArrayEquals(
        Files.readAllBytes(out.resolve(STEM + "-scorecard-grace-lin.xlsx")),
        Messages.attachments(grace).get(STEM + "-scorecard-grace-lin.xlsx"));
  }

  @Test
  void run_smtp_sendLogNamesEachRecipientPackHashAndMessageId() throws Exception {
    Path out = dir.resolve("out");

    run.run(smtpRun(out));

    List<SendRecord> log = SendLog.read(out.resolve(SendLog.FILE_NAME)).records();
    assertEquals(RECIPIENTS, log.stream().map(SendRecord::email).toList());
    SendRecord marcus = log.get(2);
    assertEquals("2026-10", marcus.period());
    assertEquals("Sales", marcus.scope());
    assertEquals("sent", marcus.outcome());
    assertEquals("2026-11-02T09:30:00Z", marcus.time());
    String pdf = STEM + "-board-pack-sales.pdf";
    assertEquals(pdf + " sha256:" + PlanOutputs.sha256(out.resolve(pdf)), marcus.attachments());
    MimeMessage received = byRecipient(SERVER.getReceivedMessages()).get(RECIPIENTS.get(2));
    assertEquals(received.getMessageID(), marcus.messageId());
  }

  @Test
  void run_smtpTwice_secondRunSendsNothingNew_unlessResend() throws Exception {
    Path out = dir.resolve("out");
    run.run(smtpRun(out));

    int again = run.run(smtpRun(out));

    assertEquals(0, again, run.err());
    assertEquals(4, SERVER.getReceivedMessages().length);
    assertTrue(
        run.out()
            .contains(
                "board@northwind-coffee.example already has the 2026-10 pack (send log);"
                    + " not sent again (--resend sends it again)"),
        run.out());

    int resent = run.run(with(smtpRun(out), "--resend"));

    assertEquals(0, resent, run.err());
    assertEquals(8, SERVER.getReceivedMessages().length);
    assertEquals(8, SendLog.read(out.resolve(SendLog.FILE_NAME)).records().size());
  }

  @Test
  void run_dryRunWithSmtp_afterASend_saysWhoAlreadyHasThePack_sendsNothing() throws Exception {
    Path out = dir.resolve("out");
    run.run(smtpRun(out));
    byte[] log = Files.readAllBytes(out.resolve(SendLog.FILE_NAME));

    int code = run.run(with(smtpRun(out), "--dry-run"));

    assertEquals(0, code, run.err());
    assertTrue(
        run.out()
            .contains(
                "board@northwind-coffee.example (All): "
                    + STEM
                    + "-board-pack.pdf;"
                    + " already sent, so skipped (--resend sends it again)"),
        run.out());
    assertEquals(4, SERVER.getReceivedMessages().length);
    assertArrayEquals(log, Files.readAllBytes(out.resolve(SendLog.FILE_NAME)));
  }

  @Test
  void run_deadSmtpServer_failsPerRecipient_exitsSix_keepsEachEml() throws Exception {
    Path out = dir.resolve("out");
    int port = freeLoopbackPort();

    int code =
        run.run(
            "run",
            MonthEndRun.SAMPLE_PLAN.toString(),
            "--out",
            out.toString(),
            "--smtp",
            LOOPBACK + ":" + port);

    assertEquals(6, code);
    for (String recipient : RECIPIENTS) {
      assertTrue(
          run.err()
              .contains(
                  "boardpack: not sent to "
                      + recipient
                      + ": cannot connect to "
                      + LOOPBACK
                      + ":"
                      + port
                      + " (connection refused)"),
          run.err());
    }
    // after the first refusal the server is not tried again for the others
    assertTrue(
        run.err()
            .contains(
                "not sent to "
                    + RECIPIENTS.get(3)
                    + ": cannot connect to "
                    + LOOPBACK
                    + ":"
                    + port
                    + " (connection refused); check --smtp and the server (not tried again after"
                    + " an earlier message); the message is kept in "),
        run.err());
    assertTrue(Files.exists(DistributionEmlTest.eml(out, "grace-lin")));
    List<SendRecord> log = SendLog.read(out.resolve(SendLog.FILE_NAME)).records();
    assertTrue(
        log.stream().allMatch(r -> r.outcome().startsWith("failed: cannot connect")), "" + log);

    int retry = run.run(smtpRun(out));

    assertEquals(0, retry, run.err());
    assertEquals(RECIPIENTS, recipients(SERVER.getReceivedMessages()));
  }

  @Test
  void run_smtpRequireTls_serverWithoutStarttls_sendsNothingAndExitsSix() {
    int code = run.run(with(smtpRun(dir.resolve("out")), "--smtp-require-tls"));

    assertEquals(6, code);
    assertEquals(0, SERVER.getReceivedMessages().length);
    assertTrue(run.err().contains("STARTTLS"), run.err());
  }

  @Test
  void run_smtpLogin_fromTheEnvironment_neverPrinted() {
    Map<String, String> environment = new HashMap<>();
    environment.put(Mailing.USER, "finance");
    environment.put(Mailing.PASSWORD, "pa55-w0rd");
    run.environment(environment);

    int code = run.run(smtpRun(dir.resolve("out")));

    assertEquals(0, code, run.err());
    assertEquals(4, SERVER.getReceivedMessages().length);
    assertFalse(run.out().contains("pa55-w0rd") || run.err().contains("pa55-w0rd"));
  }

  @Test
  void run_smtpWrongPassword_failsNamingTheVariable() {
    run.environment(Map.of(Mailing.USER, "finance", Mailing.PASSWORD, "guess"));

    int code = run.run(smtpRun(dir.resolve("out")));

    assertEquals(6, code);
    assertTrue(
        run.err()
            .contains(
                "refused the login; check BOARDPACK_SMTP_USER and" + " BOARDPACK_SMTP_PASSWORD"),
        run.err());
    assertFalse(run.err().contains("guess"));
  }

  private static String[] smtpRun(Path out) {
    return new String[] {
      "run",
      MonthEndRun.SAMPLE_PLAN.toString(),
      "--out",
      out.toString(),
      "--smtp",
      LOOPBACK + ":" + SERVER.getSmtp().getPort()
    };
  }

  private static String[] with(String[] args, String option) {
    String[] more = java.util.Arrays.copyOf(args, args.length + 1);
    more[args.length] = option;
    return more;
  }

  private static List<String> recipients(MimeMessage[] messages) throws Exception {
    List<String> recipients = new java.util.ArrayList<>();
    for (MimeMessage message : messages) {
      recipients.add(message.getAllRecipients()[0].toString().replaceAll(".*<|>", ""));
    }
    return recipients;
  }

  private static Map<String, MimeMessage> byRecipient(MimeMessage[] messages) throws Exception {
    Map<String, MimeMessage> map = new HashMap<>();
    List<String> recipients = recipients(messages);
    for (int i = 0; i < messages.length; i++) {
      map.put(recipients.get(i), messages[i]);
    }
    return map;
  }

  private static int freeLoopbackPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
      return socket.getLocalPort();
    }
  }
}

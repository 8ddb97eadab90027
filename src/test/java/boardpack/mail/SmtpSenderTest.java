package boardpack.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Sending through a real SMTP server (GreenMail) on the loopback address. */
class SmtpSenderTest {

  static final String LOOPBACK = "127.0.0.1";

  @RegisterExtension
  static final GreenMailExtension SERVER =
      new GreenMailExtension(new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_SMTP))
          .withConfiguration(GreenMailConfiguration.aConfig().withUser("finance", "s3cret"));

  @TempDir Path dir;

  @Test
  void send_withLogin_serverReceivesTheEmlAsWritten() throws Exception {
    byte[] pdf = {37, 80, 68, 70, 0, -1, 10, 13};
    Path eml =
        eml(
            "ann@acme.example",
            List.of(
                new MailAttachment(
                    "acme-board-pack.pdf", Files.write(dir.resolve("pack.tmp"), pdf))));

    new SmtpSender(server(false, Optional.of("finance"), Optional.of("s3cret"))).send(eml);

    MimeMessage[] received = SERVER.getReceivedMessages();
    assertEquals(1, received.length);
    assertEquals("ann@acme.example", received[0].getAllRecipients()[0].toString());
    assertEquals("Acme board pack, October 2026", received[0].getSubject());
    assertEquals("<letter@acme.example>", received[0].getMessageID());
    assertArrayEquals(pdf, Messages.attachments(received[0]).get("acme-board-pack.pdf"));
  }

  @Test
  void send_wrongPassword_failsNamingTheVariablesNotThePassword() throws Exception {
    Path eml = eml("ann@acme.example", List.of());

    SendFailure failure =
        assertThrows(
            SendFailure.class,
            () ->
                new SmtpSender(server(false, Optional.of("finance"), Optional.of("wrong")))
                    .send(eml));

    assertTrue(failure.getMessage().contains("BOARDPACK_SMTP_PASSWORD"), failure.getMessage());
    assertFalse(failure.getMessage().contains("wrong"), failure.getMessage());
    assertEquals(0, SERVER.getReceivedMessages().length);
  }

  @Test
  void send_tlsRequired_serverWithoutStarttls_refusesToSend() throws Exception {
    Path eml = eml("ann@acme.example", List.of());

    SendFailure failure =
        assertThrows(
            SendFailure.class,
            () -> new SmtpSender(server(true, Optional.empty(), Optional.empty())).send(eml));

    assertTrue(failure.getMessage().contains("STARTTLS"), failure.getMessage());
    assertEquals(0, SERVER.getReceivedMessages().length);
  }

  @Test
  void send_nothingListening_failsWithConnectionRefused() throws Exception {
    Path eml = eml("ann@acme.example", List.of());
    int port = freeLoopbackPort();
    SmtpServer dead = new SmtpServer(LOOPBACK, port, false, Optional.empty(), Optional.empty());

    SendFailure failure = assertThrows(SendFailure.class, () -> new SmtpSender(dead).send(eml));

    assertEquals(
        "cannot connect to 127.0.0.1:"
            + port
            + " (connection refused); check --smtp and the"
            + " server",
        failure.getMessage());
  }

  @Test
  void send_serverThatNeverAnswers_failsOnTheReadTimeout() throws Exception {
    Path eml = eml("ann@acme.example", List.of());
    // A listening socket nobody accepts from: the connection is made, no greeting ever comes.
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
      int port = silent.getLocalPort();
      SmtpServer server = new SmtpServer(LOOPBACK, port, false, Optional.empty(), Optional.empty());
      SmtpSender sender = new SmtpSender(server, Duration.ofSeconds(5), Duration.ofMillis(300));

      SendFailure failure = assertThrows(SendFailure.class, () -> sender.send(eml));

      assertEquals(
          "127.0.0.1:" + port + " did not answer in time; check --smtp and the server",
          failure.getMessage());
      assertTrue(failure.serverUnreachable());
    }
  }

  @Test
  void smtpServer_toString_neverShowsThePassword() {
    SmtpServer server =
        new SmtpServer("mail.example", 587, true, Optional.of("finance"), Optional.of("s3cret"));

    assertEquals("SmtpServer[mail.example:587, TLS required, user finance]", server.toString());
  }

  /** A port on the loopback address that nothing listens on (it was free a moment ago). */
  static int freeLoopbackPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
      return socket.getLocalPort();
    }
  }

  private SmtpServer server(boolean requireTls, Optional<String> user, Optional<String> password) {
    return new SmtpServer(LOOPBACK, SERVER.getSmtp().getPort(), requireTls, user, password);
  }

  private Path eml(String to, List<MailAttachment> attachments) throws Exception {
    MessageText text = new MessageText("Acme board pack, October 2026", "Hello,", List.of("Hi"));
    PackLetter letter =
        new PackLetter(
            "finance@acme.example",
            "",
            to,
            text,
            attachments,
            Instant.parse("2026-11-02T12:00:00Z"),
            "<letter@acme.example>");
    Path eml = dir.resolve("letter.eml");
    try (OutputStream out = Files.newOutputStream(eml)) {
      letter.writeTo(out);
    }
    return eml;
  }
}

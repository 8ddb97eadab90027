package boardpack.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackLetterTest {

  private static final Instant NOON = Instant.parse("2026-11-02T12:00:00Z");
  private static final MessageText TEXT =
      new MessageText(
          "Zürich Café board pack, October 2026",
          "Dear Anaïs <Finance>,",
          List.of("Attached is the pack.", "", "KPIs: 3 green, 1 amber, 0 red, 0 without data"));

  @TempDir Path dir;

  @Test
  void writeTo_readBack_hasTheHeadersAMailClientNeeds() throws Exception {
    PackLetter letter =
        new PackLetter(
            "finance@zurich-cafe.example",
            "Anaïs Müller",
            "anais@zurich-cafe.example",
            TEXT,
            List.of(),
            NOON,
            "<id-1@zurich-cafe.example>");

    MimeMessage message = Messages.parse(bytes(letter));

    assertEquals(
        "finance@zurich-cafe.example", ((InternetAddress) message.getFrom()[0]).getAddress());
    InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
    assertEquals("anais@zurich-cafe.example", to.getAddress());
    assertEquals("Anaïs Müller", to.getPersonal());
    assertEquals("Zürich Café board pack, October 2026", message.getSubject());
    assertEquals(NOON, message.getSentDate().toInstant());
    assertEquals("<id-1@zurich-cafe.example>", message.getMessageID());
  }

  @Test
  void writeTo_bodyIsPlainTextWithAnHtmlAlternative_escapedInHtml() throws Exception {
    PackLetter letter =
        new PackLetter("f@x.example", "", "a@x.example", TEXT, List.of(), NOON, "<id@x.example>");

    MimeMessage message = Messages.parse(bytes(letter));

    assertTrue(message.isMimeType("multipart/alternative"), message.getContentType());
    String plain = Messages.text(message, "text/plain");
    assertTrue(plain.startsWith("Dear Anaïs <Finance>,\r\n\r\nAttached is the pack.\r\n"), plain);
    assertTrue(plain.contains("KPIs: 3 green, 1 amber, 0 red, 0 without data"), plain);
    String html = Messages.text(message, "text/html");
    assertTrue(html.contains("<p>Dear Anaïs &lt;Finance&gt;,</p>"), html);
    assertTrue(html.contains("KPIs: 3 green, 1 amber, 0 red, 0 without data<br>"), html);
  }

  @Test
  void writeTo_attachments_readBackByteForByteUnderTheirOwnNames() throws Exception {
    byte[] pdf = new byte[3000];
    for (int i = 0; i < pdf.length; i++) {
      pdf[i] = (byte) (i * 31);
    }
    Path staged = Files.write(dir.resolve(".acme-board-pack.pdf.1234.tmp"), pdf);
    Path xlsx =
        Files.write(dir.resolve("x.tmp"), "not really xlsx".getBytes(StandardCharsets.UTF_8));
    PackLetter letter =
        new PackLetter(
            "f@x.example",
            "A",
            "a@x.example",
            TEXT,
            List.of(
                new MailAttachment("acme-2026-10-board-pack.pdf", staged),
                new MailAttachment("acme-2026-10-scorecard.xlsx", xlsx)),
            NOON,
            "<id@x.example>");

    MimeMessage message = Messages.parse(bytes(letter));

    Map<String, byte[]> files = Messages.attachments(message);
    assertEquals(
        List.of("acme-2026-10-board-pack.pdf", "acme-2026-10-scorecard.xlsx"),
        List.copyOf(files.keySet()));
    assertArrayEquals(pdf, files.get("acme-2026-10-board-pack.pdf"));
    assertArrayEquals(Files.readAllBytes(xlsx), files.get("acme-2026-10-scorecard.xlsx"));
    assertTrue(Messages.text(message, "text/plain").contains("Attached is the pack."));
  }

  @Test
  void newMessageId_isInTheSendersDomainAndNewEachTime() {
    String first = PackLetter.newMessageId("finance@acme.example");
    String second = PackLetter.newMessageId("finance@acme.example");

    assertTrue(first.matches("<[0-9a-f-]+\\.boardpack@acme\\.example>"), first);
    assertFalse(first.equals(second));
  }

  @Test
  void mailAttachment_contentTypeFollowsTheExtension() {
    assertEquals("application/pdf", new MailAttachment("a.PDF", dir).contentType());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        new MailAttachment("a.xlsx", dir).contentType());
    assertEquals("application/octet-stream", new MailAttachment("a.bin", dir).contentType());
  }

  private static byte[] bytes(PackLetter letter) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    letter.writeTo(out);
    return out.toByteArray();
  }
}

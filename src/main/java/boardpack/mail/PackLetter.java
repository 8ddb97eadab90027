package boardpack.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;

/**
 * One recipient's message as an RFC 5322 file (.eml): From, To, Date, Message-ID, the subject, a
 * plain-text body with an HTML alternative, and the pack files attached.
 */
public record PackLetter(
    String from,
    String toName,
    String toEmail,
    MessageText text,
    List<MailAttachment> attachments,
    Instant date,
    String messageId) {

  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  public PackLetter {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(toName, "toName");
    Objects.requireNonNull(toEmail, "toEmail");
    Objects.requireNonNull(text, "text");
    attachments = List.copyOf(attachments);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(messageId, "messageId");
  }

  /** A new Message-ID, unique to this message, in the sender's domain as RFC 5322 advises. */
  public static String newMessageId(String from) {
    String domain = from.substring(from.lastIndexOf('@') + 1).strip();
    return "<"
        + UUID.randomUUID()
        + ".boardpack@"
        + (domain.isEmpty() ? "localhost" : domain)
        + ">";
  }

  /** Writes the message in RFC 5322 form, CRLF line ends, as a mail client saves it. */
  public void writeTo(OutputStream out) throws IOException {
    write(out, false);
  }

  /**
   * Writes the message marked as not yet sent ({@code X-Unsent: 1}), so Outlook opens it ready to
   * send rather than as a received message.
   */
  public void writeDraftTo(OutputStream out) throws IOException {
    write(out, true);
  }

  private void write(OutputStream out, boolean draft) throws IOException {
    try {
      MimeMessage message = message();
      if (draft) {
        message.setHeader("X-Unsent", "1");
      }
      message.writeTo(out);
    } catch (MessagingException e) {
      throw new IOException("cannot compose the message to " + toEmail + ": " + e.getMessage(), e);
    }
  }

  private MimeMessage message() throws MessagingException, UnsupportedEncodingException {
    MimeMessage message = new KeptIdMessage(Session.getInstance(new Properties()), messageId);
    message.setFrom(new InternetAddress(from, true));
    InternetAddress to = new InternetAddress(toEmail, true);
    if (!toName.isBlank()) {
      to.setPersonal(toName.strip(), UTF_8);
    }
    message.setRecipient(Message.RecipientType.TO, to);
    message.setSubject(text.subject(), UTF_8);
    message.setSentDate(Date.from(date));
    message.setContent(attachments.isEmpty() ? body() : withAttachments());
    message.saveChanges();
    return message;
  }

  private MimeMultipart withAttachments() throws MessagingException {
    MimeMultipart mixed = new MimeMultipart("mixed");
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(body());
    mixed.addBodyPart(body);
    for (MailAttachment attachment : attachments) {
      mixed.addBodyPart(part(attachment));
    }
    return mixed;
  }

  private static MimeBodyPart part(MailAttachment attachment) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    try {
      part.attachFile(attachment.file().toFile(), attachment.contentType(), "base64");
    } catch (IOException e) {
      throw new MessagingException("cannot read " + attachment.fileName(), e);
    }
    part.setFileName(attachment.fileName());
    return part;
  }

  private MimeMultipart body() throws MessagingException {
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(LetterBody.plain(text), UTF_8);
    MimeBodyPart html = new MimeBodyPart();
    html.setText(LetterBody.html(text), UTF_8, "html");
    alternative.addBodyPart(plain);
    alternative.addBodyPart(html);
    return alternative;
  }
}

package boardpack.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Reads messages back with Jakarta Mail, as a mail client would, for the tests. */
public final class Messages {

  private Messages() {}

  public static MimeMessage parse(Path eml) throws IOException, MessagingException {
    try (InputStream in = Files.newInputStream(eml)) {
      return parse(in);
    }
  }

  public static MimeMessage parse(byte[] bytes) throws IOException, MessagingException {
    return parse(new ByteArrayInputStream(bytes));
  }

  private static MimeMessage parse(InputStream in) throws MessagingException {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
    message.getAllHeaders(); // reads the whole message now
    return message;
  }

  /** The attachments by file name, with their decoded bytes, in order. */
  public static Map<String, byte[]> attachments(Part message)
      throws IOException, MessagingException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    collect(message, files);
    return files;
  }

  /**
   * The text of the first part of type {@code mimeType} ({@code text/plain}, {@code text/html}).
   */
  public static String text(Part part, String mimeType) throws IOException, MessagingException {
    if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = text(multipart.getBodyPart(i), mimeType);
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  private static void collect(Part part, Map<String, byte[]> files)
      throws IOException, MessagingException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), files);
      }
    } else if (part instanceof BodyPart
        && Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      try (InputStream in = part.getInputStream()) {
        files.put(part.getFileName(), in.readAllBytes());
      }
    }
  }
}

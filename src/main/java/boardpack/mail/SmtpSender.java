package boardpack.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * Sends .eml files as they are through one SMTP server: STARTTLS whenever the server offers it,
 * required when asked, and timeouts so a dead server fails instead of hanging.
 */
public final class SmtpSender {

  private final SmtpServer server;
  private final Session session;

  public SmtpSender(SmtpServer server) {
    this(server, SmtpServer.CONNECT_TIMEOUT, SmtpServer.READ_TIMEOUT);
  }

  SmtpSender(SmtpServer server, Duration connectTimeout, Duration readTimeout) {
    this.server = server;
    this.session = Session.getInstance(properties(server, connectTimeout, readTimeout));
  }

  /** Sends the message in {@code eml} to the recipients its headers name. */
  public void send(Path eml) throws SendFailure, IOException {
    try (InputStream in = Files.newInputStream(eml);
        Transport transport = session.getTransport("smtp")) {
      MimeMessage message = new MimeMessage(session, in);
      transport.connect(
          server.host(), server.port(), server.user().orElse(null), server.password().orElse(null));
      transport.sendMessage(message, message.getAllRecipients());
    } catch (MessagingException e) {
      Throwable cause = rootCause(e);
      boolean unreachable =
          cause instanceof ConnectException
              || cause instanceof SocketTimeoutException
              || cause instanceof UnknownHostException;
      throw new SendFailure(reason(e, cause), unreachable, e);
    }
  }

  private static Properties properties(SmtpServer server, Duration connect, Duration read) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", server.host());
    properties.put("mail.smtp.port", String.valueOf(server.port()));
    properties.put("mail.smtp.starttls.enable", "true");
    properties.put("mail.smtp.starttls.required", String.valueOf(server.requireTls()));
    properties.put("mail.smtp.ssl.checkserveridentity", "true");
    properties.put("mail.smtp.auth", String.valueOf(server.user().isPresent()));
    properties.put("mail.smtp.connectiontimeout", String.valueOf(connect.toMillis()));
    properties.put("mail.smtp.timeout", String.valueOf(read.toMillis()));
    properties.put("mail.smtp.writetimeout", String.valueOf(read.toMillis()));
    return properties;
  }

  // Jakarta Mail's messages wrap the socket's; say what happened and what to check.
  private String reason(MessagingException e, Throwable cause) {
    String where = server.address();
    if (e instanceof AuthenticationFailedException) {
      return where + " refused the login; check BOARDPACK_SMTP_USER and BOARDPACK_SMTP_PASSWORD";
    }
    if (cause instanceof ConnectException) {
      return "cannot connect to " + where + " (connection refused); check --smtp and the server";
    }
    if (cause instanceof SocketTimeoutException) {
      return where + " did not answer in time; check --smtp and the server";
    }
    if (cause instanceof UnknownHostException) {
      return "unknown host " + server.host() + "; check --smtp";
    }
    return where + ": " + oneLine(e.getMessage());
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static String oneLine(String text) {
    return String.valueOf(text).replaceAll("\\s+", " ").strip();
  }
}

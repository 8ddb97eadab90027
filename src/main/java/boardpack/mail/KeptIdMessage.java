package boardpack.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose Message-ID is chosen once and kept: Jakarta Mail makes a new one on every {@code
 * saveChanges}, and the send log must name the ID the recipient's copy carries.
 */
final class KeptIdMessage extends MimeMessage {

  private final String messageId;

  KeptIdMessage(Session session, String messageId) {
    super(session);
    this.messageId = messageId;
  }

  @Override
  protected void updateMessageID() throws MessagingException {
    setHeader("Message-ID", messageId);
  }
}

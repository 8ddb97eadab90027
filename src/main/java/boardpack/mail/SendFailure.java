package boardpack.mail;

/** A message that was not sent, with the reason in words a user can act on. */
public final class SendFailure extends Exception {

  private static final long serialVersionUID = 1L;

  SendFailure(String reason, Throwable cause) {
    super(reason, cause);
  }
}

package boardpack.mail;

/** A message that was not sent, with the reason in words a user can act on. */
public final class SendFailure extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean serverUnreachable;

  SendFailure(String reason, boolean serverUnreachable, Throwable cause) {
    super(reason, cause);
    this.serverUnreachable = serverUnreachable;
  }

  /**
   * Whether the server could not be reached or did not answer, so the next message would fail the
   * same way.
   */
  public boolean serverUnreachable() {
    return serverUnreachable;
  }
}

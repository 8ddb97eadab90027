package boardpack.mail;

/** The sender boardpack writes from when no other is given. */
public final class Addresses {

  /** The sender when neither {@code --from} nor the Settings sheet's Sender gives one. */
  public static final String DEFAULT_SENDER = "boardpack@localhost";

  private Addresses() {}
}

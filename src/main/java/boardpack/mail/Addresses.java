package boardpack.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Email addresses as RFC 5322 has them. */
public final class Addresses {

  /** The sender when neither {@code --from} nor the Settings sheet's Sender gives one. */
  public static final String DEFAULT_SENDER = "boardpack@localhost";

  private Addresses() {}

  /** Whether {@code text} is one plain address such as {@code finance@example.com}. */
  public static boolean isAddress(String text) {
    try {
      InternetAddress address = new InternetAddress(text, true);
      return address.getPersonal() == null && address.getAddress().contains("@");
    } catch (AddressException e) {
      return false;
    }
  }
}

package boardpack.model;

import java.util.regex.Pattern;

/**
 * The one rule for an email address, wherever one is typed (Distribution, Settings' Sender, {@code
 * --from}): one @, a local part, a domain of dot-separated labels with at least one dot, no spaces,
 * no display name and no list.
 */
public final class EmailAddress {

  private static final Pattern ADDRESS =
      Pattern.compile(
          "[^@\\s,;<>()\\[\\]\"]+@(?:[^@\\s,;<>()\\[\\].\"]+\\.)+[^@\\s,;<>()\\[\\].\"]+");

  private EmailAddress() {}

  public static boolean isValid(String text) {
    return ADDRESS.matcher(text).matches();
  }
}

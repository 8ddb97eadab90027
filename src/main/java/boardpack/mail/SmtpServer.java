package boardpack.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to send: host and port, whether STARTTLS is required (it is always used when the
 * server offers it), and the login, if any. {@link #toString} never shows the password.
 */
public record SmtpServer(
    String host, int port, boolean requireTls, Optional<String> user, Optional<String> password) {

  /** How long to wait for a connection, and for each reply once connected. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

  public static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  public SmtpServer {
    Objects.requireNonNull(host, "host");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1 to 65535");
    }
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }

  /** {@code host:port}, for messages. */
  public String address() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  @Override
  public String toString() {
    return "SmtpServer["
        + address()
        + (requireTls ? ", TLS required" : "")
        + user.map(name -> ", user " + name).orElse("")
        + "]";
  }
}

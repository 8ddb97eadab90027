package boardpack.cli;

import boardpack.cli.Distribution.Delivery;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A delivery written as a message: its .eml file in the output folder, its Message-ID, and the
 * attachments by name with their SHA-256 (for the send log).
 */
record Letter(
    Delivery delivery, Path eml, String messageId, List<String> names, List<String> sha256s) {

  Letter {
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(eml, "eml");
    Objects.requireNonNull(messageId, "messageId");
    names = List.copyOf(names);
    sha256s = List.copyOf(sha256s);
  }

  String email() {
    return delivery.recipient().email();
  }

  String scope() {
    return delivery.pack().view().scope().label();
  }
}

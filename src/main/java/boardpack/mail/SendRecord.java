package boardpack.mail;

import java.util.List;
import java.util.Objects;

/**
 * One row of the send log.
 *
 * @param period the month of the pack, {@code YYYY-MM}
 * @param attachments each file as {@code name sha256:<hex>}, separated by {@code "; "}
 * @param time when the send was tried, ISO 8601 in UTC
 * @param outcome {@code sent}, or {@code failed: <reason>}
 */
public record SendRecord(
    String period,
    String email,
    String name,
    String scope,
    String attachments,
    String messageId,
    String time,
    String outcome) {

  public static final String SENT = "sent";

  public SendRecord {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(attachments, "attachments");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** The attachments column: {@code name sha256:<hex>} each, in order. */
  public static String attachments(List<String> names, List<String> sha256s) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      text.append(i == 0 ? "" : "; ")
          .append(names.get(i))
          .append(" sha256:")
          .append(sha256s.get(i));
    }
    return text.toString();
  }

  public static String failed(String reason) {
    return "failed: " + reason;
  }
}

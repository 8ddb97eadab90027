package boardpack.mail;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A file to attach: the name the recipient sees and where its bytes are now (a staged file may
 * still have its temporary name).
 */
public record MailAttachment(String fileName, Path file) {

  public MailAttachment {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(file, "file");
  }

  /** The MIME type a mail client opens it with, from the extension. */
  public String contentType() {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".pdf")) {
      return "application/pdf";
    }
    if (name.endsWith(".xlsx")) {
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
    if (name.endsWith(".csv")) {
      return "text/csv; charset=UTF-8";
    }
    return "application/octet-stream";
  }
}

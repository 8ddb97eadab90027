package boardpack.model;

import java.util.Objects;

/** A row of the Distribution sheet: who receives which pack. Scope is All, a team or an owner. */
public record Recipient(
    String name, String email, String scope, Attachment attachment, Source source) {

  public Recipient {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(attachment, "attachment");
    Objects.requireNonNull(source, "source");
  }
}

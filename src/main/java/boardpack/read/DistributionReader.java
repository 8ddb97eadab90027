package boardpack.read;

import boardpack.model.Attachment;
import boardpack.model.EmailAddress;
import boardpack.model.Recipient;
import boardpack.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * workbook.md, Distribution: Name, Email, Scope (All, a team or an owner), Attach (default PDF).
 */
final class DistributionReader {

  static final String SHEET = "Distribution";
  static final String NAME = "Name";
  static final String EMAIL = "Email";
  static final String SCOPE = "Scope";
  static final String ATTACH = "Attach";
  static final String ALL = "All";
  static final TableSpec SPEC =
      new TableSpec(SHEET, EMAIL, List.of(EMAIL), List.of(NAME, SCOPE, ATTACH));

  private DistributionReader() {}

  /**
   * The recipients; {@code scopes} are the folded teams and owners of the plan, so that a scope
   * naming nobody (a typo would send an empty pack) is an error.
   */
  static List<Recipient> read(Sheets sheets, Set<String> scopes) {
    List<Recipient> recipients = new ArrayList<>();
    sheets
        .table(SPEC, false)
        .ifPresent(
            table -> {
              Map<String, Source> seen = new HashMap<>();
              for (TableRow row : table.rows(table.knownColumns())) {
                recipient(row, scopes).ifPresent(recipients::add);
                checkTwice(row, seen);
              }
            });
    return recipients;
  }

  /** workbook.md: the same address twice is a warning (one message), matched ignoring case. */
  private static void checkTwice(TableRow row, Map<String, Source> seen) {
    Source first = seen.putIfAbsent(row.key().toLowerCase(Locale.ROOT), row.source());
    if (first != null) {
      row.problems()
          .warning(
              row.source(),
              "email \""
                  + row.key()
                  + "\" is given twice (also "
                  + first.place()
                  + "), so it gets one message, with the first row's scope and attachments;"
                  + " expected each address once");
    }
  }

  private static Optional<Recipient> recipient(TableRow row, Set<String> scopes) {
    if (!EmailAddress.isValid(row.key())) {
      row.problems()
          .error(
              row.source(),
              "email \""
                  + row.key()
                  + "\" is not an email address; expected one address such as name@example.com"
                  + " (one @, no spaces, a domain with a dot)");
    }
    String scope = row.text(SCOPE);
    if (scope.isEmpty()) {
      scope = ALL;
    } else if (!Folding.fold(scope).equals(Folding.fold(ALL))
        && !scopes.contains(Folding.fold(scope))) {
      row.problems()
          .error(
              row.at(SCOPE),
              "scope \""
                  + scope
                  + "\" is not All, a team or an owner in this plan, so this recipient's pack would"
                  + " be empty; expected All, a Team from the Objectives sheet, or an Owner of a"
                  + " KPI, objective or key result");
    }
    Attachment attachment = row.word(ATTACH, Words.ATTACHMENT).orElse(Attachment.PDF);
    return Optional.of(new Recipient(row.text(NAME), row.key(), scope, attachment, row.source()));
  }
}

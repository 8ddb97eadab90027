package boardpack.read;

import boardpack.model.Attachment;
import boardpack.model.Recipient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
  private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private DistributionReader() {}

  static boolean isEmailAddress(String text) {
    return EMAIL_ADDRESS.matcher(text).matches();
  }

  /**
   * The recipients; {@code scopes} are the folded teams and owners of the plan, so that a scope
   * naming nobody (a typo would send an empty pack) is a warning.
   */
  static List<Recipient> read(Sheets sheets, Set<String> scopes) {
    List<Recipient> recipients = new ArrayList<>();
    sheets
        .table(SPEC, false)
        .ifPresent(
            table -> {
              for (TableRow row : table.rows(table.knownColumns())) {
                recipient(row, scopes).ifPresent(recipients::add);
              }
            });
    return recipients;
  }

  private static Optional<Recipient> recipient(TableRow row, Set<String> scopes) {
    if (!EMAIL_ADDRESS.matcher(row.key()).matches()) {
      row.problems()
          .error(
              row.source(),
              "email \""
                  + row.key()
                  + "\" is not an email address; expected an address such as name@example.com");
    }
    String scope = row.text(SCOPE);
    if (scope.isEmpty()) {
      scope = ALL;
    } else if (!Folding.fold(scope).equals(Folding.fold(ALL))
        && !scopes.contains(Folding.fold(scope))) {
      row.problems()
          .warning(
              row.at(SCOPE),
              "scope \""
                  + scope
                  + "\" is not All, a team or an owner in this plan; expected All, a Team from the Objectives"
                  + " sheet or an Owner, or this recipient's pack is empty");
    }
    Attachment attachment = row.word(ATTACH, Words.ATTACHMENT).orElse(Attachment.PDF);
    return Optional.of(new Recipient(row.text(NAME), row.key(), scope, attachment, row.source()));
  }
}

package boardpack.write.annotate;

import boardpack.model.Severity;

/** The words of the annotated copy. */
final class Words {

  private Words() {}

  static String severity(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "note";
    };
  }
}

package boardpack.read;

import boardpack.model.Problem;
import boardpack.model.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem and note found while reading (style.md: readers collect, then report all).
 */
final class Problems {

  private final List<Problem> found = new ArrayList<>();

  void error(Source where, String message) {
    found.add(Problem.error(where, message));
  }

  void warning(Source where, String message) {
    found.add(Problem.warning(where, message));
  }

  /** workbook.md: a default that decides a status, where the author may have meant otherwise. */
  void note(Source where, String message) {
    found.add(Problem.note(where, message));
  }

  boolean hasErrors() {
    return found.stream().anyMatch(Problem::isError);
  }

  List<Problem> list() {
    return List.copyOf(found);
  }
}

package boardpack.read;

import boardpack.model.Id;
import boardpack.model.Source;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every ID defined in the plan, so references resolve by map lookup. KPI and key-result IDs share
 * one namespace (workbook.md: IDs); objectives have their own. References resolve to the defining
 * row's own spelling of the ID.
 */
final class IdRegistry {

  enum Kind {
    KPI("a KPI", KpiSheetReader.SHEET),
    KEY_RESULT("a key result", KeyResultSheetReader.SHEET),
    OBJECTIVE("an objective", ObjectiveSheetReader.SHEET);

    private final String noun;
    private final String sheet;

    Kind(String noun, String sheet) {
      this.noun = noun;
      this.sheet = sheet;
    }
  }

  record Entry(Id id, Kind kind, Source source) {}

  private final Map<Id, Entry> measures = new HashMap<>();
  private final Map<Id, Entry> objectives = new HashMap<>();
  private boolean measuresComplete = true;
  private boolean objectivesComplete = true;

  /**
   * A defining sheet could not be read: references to its kind are then not reported as unknown, as
   * they would only repeat that problem.
   */
  void markIncomplete(Kind kind) {
    if (kind == Kind.OBJECTIVE) {
      objectivesComplete = false;
    } else {
      measuresComplete = false;
    }
  }

  /**
   * Registers a row's ID; a duplicate is reported naming both cells, and false means skip the row.
   */
  boolean register(TableRow row, Kind kind) {
    Map<Id, Entry> names = kind == Kind.OBJECTIVE ? objectives : measures;
    Entry first = names.putIfAbsent(row.id(), new Entry(row.id(), kind, row.source()));
    if (first != null) {
      String scope = kind == Kind.OBJECTIVE ? "objective" : "KPI and key-result";
      row.problems()
          .error(
              row.source(),
              "ID \""
                  + row.key()
                  + "\" is used twice (also "
                  + first.source().place()
                  + "); expected each "
                  + scope
                  + " ID once");
    }
    return first == null;
  }

  Optional<Entry> measure(Id id) {
    return Optional.ofNullable(measures.get(id));
  }

  Optional<Entry> objective(Id id) {
    return Optional.ofNullable(objectives.get(id));
  }

  /** Whether every KPI and key result ID is known, so an unknown one is the user's mistake. */
  boolean isComplete() {
    return measuresComplete;
  }

  boolean isComplete(Kind kind) {
    return kind == Kind.OBJECTIVE ? objectivesComplete : measuresComplete;
  }

  /**
   * A reference to a row of {@code kind}: empty when blank, or unknown or of another kind
   * (reported).
   */
  Optional<Id> resolve(Field field, Kind kind, Problems problems) {
    Optional<String> text = CellValues.idText(field, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Id wanted = Id.of(text.get());
    Optional<Entry> found = kind == Kind.OBJECTIVE ? objective(wanted) : measure(wanted);
    if (found.isPresent() && found.get().kind() == kind) {
      return Optional.of(found.get().id());
    }
    if (isComplete(kind)) {
      String what = found.isPresent() ? " is " + found.get().kind().noun + " ID, not " : " is not ";
      problems.error(
          field.at(),
          field.what()
              + " \""
              + text.get()
              + "\""
              + what
              + kind.noun
              + " ID; expected the ID of a row of the "
              + kind.sheet
              + " sheet");
    }
    return Optional.empty();
  }
}

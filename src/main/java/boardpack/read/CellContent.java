package boardpack.read;

import java.time.LocalDate;

/** What one cell (or one CSV field) holds once formulas are resolved to their results. */
sealed interface CellContent {

  CellContent BLANK = new Blank();

  /** An empty cell, spaces only, or a formula whose result is the empty text. */
  record Blank() implements CellContent {}

  /** Text, trimmed, never empty. */
  record Text(String text) implements CellContent {}

  record Number(double value) implements CellContent {}

  /** A number formatted as a date; {@code serial} is the number Excel stores. */
  record Date(LocalDate date, double serial) implements CellContent {}

  record Bool(boolean value) implements CellContent {}

  /**
   * Nothing usable: an error value or a formula that cannot be evaluated, described for users ("the
   * error #N/A"), with the fix when one is known, else "".
   */
  record Failure(String found, String fix) implements CellContent {}

  /** Text trimmed of spaces (non-breaking ones too); blank when nothing is left. */
  static CellContent text(String raw) {
    String trimmed = raw.replace('\u00A0', ' ').strip();
    return trimmed.isEmpty() ? BLANK : new Text(trimmed);
  }

  default boolean isBlank() {
    return this instanceof Blank;
  }
}

package boardpack.read;

import boardpack.model.Id;
import boardpack.model.Source;
import boardpack.model.Value;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** One data row of a {@link SheetTable}, read by heading; each value keeps its cell as Source. */
final class TableRow {

  private final SheetTable table;
  private final int index;
  private final Map<Integer, CellContent> contents = new HashMap<>();
  private String key = "";

  TableRow(SheetTable table, int index) {
    this.table = table;
    this.index = index;
  }

  TableRow keyed(String text) {
    this.key = text;
    return this;
  }

  /** 0-based row index. */
  int index() {
    return index;
  }

  /** The key cell's text (an ID, a setting's name, an email address). */
  String key() {
    return key;
  }

  Id id() {
    return Id.of(key);
  }

  SheetTable table() {
    return table;
  }

  Problems problems() {
    return table.sheets().problems();
  }

  /** The key cell's place. */
  Source source() {
    return at(table.column(tableKey()).orElseThrow());
  }

  Source at(int column) {
    return table.at(index, column);
  }

  /** The cell under a heading; the whole row when the sheet has no such column. */
  Source at(String heading) {
    OptionalInt column = table.column(heading);
    return column.isPresent()
        ? at(column.getAsInt())
        : Source.row(table.sheets().file(), table.name(), index);
  }

  CellContent content(int column) {
    return contents.computeIfAbsent(column, c -> table.content(index, c));
  }

  CellContent content(String heading) {
    OptionalInt column = table.column(heading);
    return column.isPresent() ? content(column.getAsInt()) : CellContent.BLANK;
  }

  boolean isBlank(String heading) {
    return content(heading).isBlank();
  }

  /** The field under a heading, named in messages by the heading in lower case. */
  Field field(String heading) {
    return field(heading, heading.toLowerCase(Locale.ROOT));
  }

  Field field(String heading, String what) {
    return new Field(content(heading), at(heading), what);
  }

  String text(String heading) {
    return CellValues.text(field(heading), problems());
  }

  Optional<Value> number(String heading, String what) {
    return CellValues.number(field(heading, what), problems());
  }

  Optional<YearMonth> month(String heading) {
    return CellValues.month(field(heading), problems());
  }

  <E> Optional<E> word(String heading, Words<E> words) {
    return words.read(field(heading), problems());
  }

  /** A required field left blank: reported, with what the column should hold. */
  void reportBlank(String heading, String expected) {
    problems()
        .error(at(heading), heading.toLowerCase(Locale.ROOT) + " is blank; expected " + expected);
  }

  private String tableKey() {
    return table.keyHeading();
  }
}

package boardpack.read;

import java.util.List;
import java.util.stream.Stream;

/**
 * A sheet as workbook.md describes it: its name, the heading that marks its header row (and keys
 * its rows), and its required and optional columns. {@code monthColumns}: the other headings are
 * months (Targets, Actuals), checked by {@link MonthColumns} rather than as unknown columns.
 */
record TableSpec(
    String sheet, String key, List<String> required, List<String> optional, boolean monthColumns) {

  TableSpec {
    required = List.copyOf(required);
    optional = List.copyOf(optional);
  }

  TableSpec(String sheet, String key, List<String> required, List<String> optional) {
    this(sheet, key, required, optional, false);
  }

  List<String> headings() {
    return Stream.concat(required.stream(), optional.stream()).toList();
  }
}

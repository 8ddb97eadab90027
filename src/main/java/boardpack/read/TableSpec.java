package boardpack.read;

import java.util.List;
import java.util.stream.Stream;

/**
 * A sheet as workbook.md describes it: its name, the heading that marks its header row (and keys
 * its rows), and its required and optional columns.
 */
record TableSpec(String sheet, String key, List<String> required, List<String> optional) {

  TableSpec {
    required = List.copyOf(required);
    optional = List.copyOf(optional);
  }

  List<String> headings() {
    return Stream.concat(required.stream(), optional.stream()).toList();
  }
}

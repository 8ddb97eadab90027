package boardpack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The plan workbooks of a folder ({@code .xlsx}, {@code .xlsm}, {@code .xls}; not Excel's lock
 * files {@code ~$*} nor hidden files), each with the subfolder of {@code --out} it is written to.
 */
final class PlanFolder {

  private static final List<String> EXTENSIONS = List.of(".xlsx", ".xlsm", ".xls");

  private PlanFolder() {}

  /** Each plan, in name order, with its output subfolder's name. */
  static Map<Path, String> plans(Path folder) throws IOException {
    List<Path> plans;
    try (Stream<Path> files = Files.list(folder)) {
      plans = files.filter(PlanFolder::isPlan).sorted().toList();
    }
    Map<Path, String> subfolders = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (Path plan : plans) {
      String file = plan.getFileName().toString();
      String name = file.substring(0, file.lastIndexOf('.'));
      // plan.xlsx and plan.xls both present: the second keeps its extension in the name.
      subfolders.put(
          plan, taken.add(name.toLowerCase(Locale.ROOT)) ? name : file.replace('.', '-'));
    }
    return subfolders;
  }

  static boolean isPlan(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file)
        && !name.startsWith("~$")
        && !name.startsWith(".")
        && EXTENSIONS.stream().anyMatch(extension -> lower.endsWith(extension))
        && lower.length() > lower.lastIndexOf('.') + 1;
  }
}

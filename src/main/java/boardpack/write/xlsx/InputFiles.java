package boardpack.write.xlsx;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the run's input files (the plan and any CSV ledgers) are, as links relative to the output
 * folder, so a source link still opens the plan when the folder pair is moved or shared together.
 * Sources name their file by its name only; this maps that name back to the file.
 */
public final class InputFiles {

  private final Map<String, String> linkByName = new HashMap<>();

  private InputFiles() {}

  /** The inputs of a run that writes into {@code outputFolder}. */
  public static InputFiles of(Path outputFolder, List<Path> inputs) {
    InputFiles files = new InputFiles();
    Path from = outputFolder.toAbsolutePath().normalize();
    for (Path input : inputs) {
      if (input.getFileName() != null) {
        files.linkByName.putIfAbsent(input.getFileName().toString(), link(from, input));
      }
    }
    return files;
  }

  /** No known files: sources are named but not linked (a workbook written from memory). */
  public static InputFiles none() {
    return new InputFiles();
  }

  /**
   * The link target for a file named {@code fileName}: a relative URI such as {@code ../plan.xlsx}.
   */
  Optional<String> link(String fileName) {
    return Optional.ofNullable(linkByName.get(fileName));
  }

  private static String link(Path from, Path input) {
    Path target = input.toAbsolutePath().normalize();
    String path;
    try {
      path = from.relativize(target).toString().replace('\\', '/');
    } catch (IllegalArgumentException differentRoot) {
      return target.toUri().toString();
    }
    try {
      // The multi-argument constructor percent-encodes spaces and other characters a URI forbids.
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return target.toUri().toString();
    }
  }
}

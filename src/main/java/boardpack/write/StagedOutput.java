package boardpack.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Output files written beside their final names and moved into place together only when all are
 * complete (outputs.md: "A run that fails leaves no half-written file under a final name, and an
 * earlier run's files stay intact"). Closing without {@link #commit()} deletes what was staged.
 */
public final class StagedOutput implements AutoCloseable {

  /** Writes one file's bytes. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private final Path folder;
  private final Map<Path, Path> finalNameByStaged = new LinkedHashMap<>();

  private StagedOutput(Path folder) {
    this.folder = folder;
  }

  /** Stages files in {@code folder}, creating it when needed. */
  public static StagedOutput in(Path folder) throws IOException {
    return new StagedOutput(Files.createDirectories(folder));
  }

  /**
   * Writes {@code fileName}'s content to a hidden file in the same folder, so the final move is a
   * rename.
   */
  public void write(String fileName, Content content) throws IOException {
    Path staged = folder.resolve("." + fileName + "." + UUID.randomUUID() + ".tmp");
    finalNameByStaged.put(staged, folder.resolve(fileName));
    try (OutputStream out = Files.newOutputStream(staged, StandardOpenOption.CREATE_NEW)) {
      content.writeTo(out);
    }
  }

  /**
   * Moves every staged file to its final name, replacing an earlier run's; the final paths in
   * order.
   */
  public List<Path> commit() throws IOException {
    List<Path> written = new ArrayList<>();
    for (Map.Entry<Path, Path> file : finalNameByStaged.entrySet()) {
      moveIntoPlace(file.getKey(), file.getValue());
      written.add(file.getValue());
    }
    finalNameByStaged.clear();
    return written;
  }

  private static void moveIntoPlace(Path staged, Path target) throws IOException {
    try {
      Files.move(
          staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes whatever was staged and not committed. */
  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (Path staged : finalNameByStaged.keySet()) {
      try {
        Files.deleteIfExists(staged);
      } catch (IOException e) {
        failure = e;
      }
    }
    finalNameByStaged.clear();
    if (failure != null) {
      throw failure;
    }
  }
}

package boardpack.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
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
  private final List<Path> inputs;
  private final Map<Path, Path> finalNameByStaged = new LinkedHashMap<>();

  private StagedOutput(Path folder, Collection<Path> inputs) {
    this.folder = folder;
    this.inputs = List.copyOf(inputs);
  }

  /** Stages files in {@code folder}, creating it when needed. */
  public static StagedOutput in(Path folder) throws IOException {
    return in(folder, List.of());
  }

  /**
   * Stages files in {@code folder} and refuses to write over any of {@code inputs} (the plan and
   * its ledgers), even when the output folder is theirs.
   */
  public static StagedOutput in(Path folder, Collection<Path> inputs) throws IOException {
    return new StagedOutput(Files.createDirectories(folder), inputs);
  }

  /**
   * Writes {@code fileName}'s content to a hidden file in the same folder, so the final move is a
   * rename; returns where the content is until {@link #commit()}.
   */
  public Path write(String fileName, Content content) throws IOException {
    Path target = folder.resolve(fileName);
    refuseInput(target);
    Path staged = folder.resolve("." + fileName + "." + UUID.randomUUID() + ".tmp");
    finalNameByStaged.put(staged, target);
    try (OutputStream out = Files.newOutputStream(staged, StandardOpenOption.CREATE_NEW)) {
      content.writeTo(out);
    }
    return staged;
  }

  private void refuseInput(Path target) throws IOException {
    for (Path input : inputs) {
      if (Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input)) {
        throw new FileAlreadyExistsException(
            target.toString(), null, target.getFileName() + " would replace an input file");
      }
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

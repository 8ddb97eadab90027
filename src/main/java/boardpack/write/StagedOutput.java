package boardpack.write;

import java.io.IOException;
import java.io.InterruptedIOException;
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
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

  /** A file to stage: its final name and its content. */
  public record File(String fileName, Content content) {
    public File {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(content, "content");
    }
  }

  /**
   * Writes {@code fileName}'s content to a hidden file in the same folder, so the final move is a
   * rename; returns where the content is until {@link #commit()}.
   */
  public Path write(String fileName, Content content) throws IOException {
    Path staged = reserve(fileName);
    fill(staged, content);
    return staged;
  }

  /**
   * Writes {@code files} as {@link #write} does, up to {@code threads} at a time (on two cores the
   * board pack and the scorecard are laid out side by side); where each one is, in the order given,
   * which is also the order {@link #commit()} reports. The first failure is thrown once no file is
   * being written any more, so closing afterwards leaves nothing behind.
   */
  public List<Path> writeAll(List<File> files, int threads) throws IOException {
    List<Path> staged = new ArrayList<>();
    for (File file : files) {
      staged.add(reserve(file.fileName()));
    }
    if (threads <= 1 || files.size() <= 1) {
      for (int i = 0; i < files.size(); i++) {
        fill(staged.get(i), files.get(i).content());
      }
      return staged;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()));
    try {
      List<Future<Void>> writes = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        Path path = staged.get(i);
        Content content = files.get(i).content();
        writes.add(
            pool.submit(
                () -> {
                  fill(path, content);
                  return null;
                }));
      }
      for (Future<Void> write : writes) {
        await(write, pool);
      }
      return staged;
    } finally {
      pool.shutdownNow();
    }
  }

  // On the first failure the files not started are dropped and the pool is waited for.
  private static void await(Future<Void> write, ExecutorService pool) throws IOException {
    try {
      write.get();
    } catch (ExecutionException e) {
      pool.shutdownNow();
      awaitTermination(pool);
      switch (e.getCause()) {
        case IOException io -> throw io;
        case RuntimeException runtime -> throw runtime;
        case Error error -> throw error;
        default -> throw new IOException(e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
      awaitTermination(pool);
      throw new InterruptedIOException("interrupted while the outputs were written");
    }
  }

  private static void awaitTermination(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // a writer runs on; the staged files may only be deleted once it has stopped
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized Path reserve(String fileName) throws IOException {
    Path target = folder.resolve(fileName);
    refuseInput(target);
    Path staged = folder.resolve("." + fileName + "." + UUID.randomUUID() + ".tmp");
    finalNameByStaged.put(staged, target);
    return staged;
  }

  private static void fill(Path staged, Content content) throws IOException {
    try (OutputStream out = Files.newOutputStream(staged, StandardOpenOption.CREATE_NEW)) {
      content.writeTo(out);
    }
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
  public synchronized List<Path> commit() throws IOException {
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
  public synchronized void close() throws IOException {
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

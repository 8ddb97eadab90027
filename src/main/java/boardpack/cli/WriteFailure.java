package boardpack.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** The one line for an output that cannot be written (exit 3). */
final class WriteFailure {

  private WriteFailure() {}

  static String line(Path folder, IOException e) {
    return "boardpack: cannot write to "
        + folder
        + " ("
        + reason(e)
        + "); check the folder and run again";
  }

  // NIO's messages are often just the path; say what went wrong instead.
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way of the folder";
    }
    return String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
  }
}

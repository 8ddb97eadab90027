package boardpack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * An internal error: the stack trace goes to a file for whoever fixes it, the user reads one line
 * (never a stack trace on the console).
 */
final class CrashReport {

  private static final int MAX_DETAIL = 200;

  private CrashReport() {}

  /**
   * Writes the report into {@code folder} and returns the line for the user; running out of memory
   * is no defect to report but a limit the user can raise, so it says how instead.
   */
  static String write(Throwable failure, String[] args, Path folder) {
    if (failure instanceof OutOfMemoryError) {
      long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      return "boardpack: out of memory (Java may use at most "
          + megabytes
          + " MB); give it more and run again, for example JAVA_TOOL_OPTIONS=-Xmx"
          + Math.max(1, 2 * megabytes / 1024 + 1)
          + "g ./boardpack ...";
    }
    String line = "boardpack: internal error (" + summary(failure) + ")";
    try {
      Path file = Files.createTempFile(folder, "boardpack-error-", ".txt");
      Files.writeString(file, details(failure, args));
      return line + "; details written to " + file;
    } catch (IOException | RuntimeException e) {
      return line + "; details could not be written (" + summary(e) + ")";
    }
  }

  static String summary(Throwable failure) {
    String message =
        failure.getMessage() == null
            ? ""
            : ": " + failure.getMessage().replaceAll("\\s+", " ").strip();
    String text = failure.getClass().getSimpleName() + message;
    return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "..." : text;
  }

  private static String details(Throwable failure, String[] args) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    out.println(
        "boardpack "
            + Main.VERSION
            + " on Java "
            + Runtime.version()
            + ", "
            + System.getProperty("os.name"));
    out.println("arguments: " + Arrays.toString(args));
    failure.printStackTrace(out);
    out.flush();
    return text.toString();
  }
}

package boardpack.read;

/**
 * A file that cannot be read at all (missing, not a workbook, encrypted, corrupt). The message is
 * one line for the user that names the file, says what it is and what to do.
 */
public final class UnreadableFileException extends Exception {

  private static final long serialVersionUID = 1L;

  public UnreadableFileException(String message) {
    super(message);
  }

  public UnreadableFileException(String message, Throwable cause) {
    super(message, cause);
  }
}

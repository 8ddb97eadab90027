package boardpack.read;

/** The first line of a library's exception message, for a one-line problem. */
final class CrashText {

  private CrashText() {}

  static String firstLine(Throwable e) {
    return String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
  }
}

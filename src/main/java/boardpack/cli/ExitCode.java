package boardpack.cli;

/** The documented exit statuses of {@code boardpack} (README.md, Exit codes). */
final class ExitCode {

  static final int OK = 0;
  static final int WARNINGS = 1;
  static final int INVALID_PLAN = 2;
  static final int UNREADABLE_FILE = 3;
  static final int USAGE = 4;
  static final int INTERNAL_ERROR = 5;

  /** For the help text; README.md has the same table. */
  static final String[] LIST = {
    "0:done, no warnings",
    "1:done, with warnings",
    "2:the plan has errors; nothing was written",
    "3:a file cannot be read (missing, not a workbook, encrypted, damaged), a --template folder is"
        + " missing or broken, or an output cannot be written (init: PLAN exists already)",
    "4:usage error (unknown option, bad --period or init option, missing PLAN)",
    "5:internal error; details are written to a file in the temp folder",
  };

  private ExitCode() {}

  /** 1 when anything was worth a warning, else 0. */
  static int done(boolean anyWarning) {
    return anyWarning ? WARNINGS : OK;
  }
}

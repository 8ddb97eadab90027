package boardpack.cli;

import java.io.IOException;

/**
 * A pack file that cannot be made for a reason in the plan or the template, not the disk (a
 * character the template's fonts cannot print): said as it is, and nothing is written.
 */
final class PackFailure extends IOException {

  private static final long serialVersionUID = 1L;

  PackFailure(String message, Throwable cause) {
    super(message, cause);
  }
}

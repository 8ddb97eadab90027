package boardpack.cli;

import java.io.PrintStream;

/**
 * How far a folder run is: on a terminal one line rewritten in place, otherwise (a log, a
 * scheduler) one plain line per finished plan.
 */
final class Progress {

  private final int total;
  private final boolean terminal;
  private final PrintStream out;
  private int done;
  private int lastWidth;

  Progress(int total, boolean terminal, PrintStream out) {
    this.total = total;
    this.terminal = terminal;
    this.out = out;
  }

  /** Notes a finished plan (from any thread) and hands it back. */
  synchronized FolderRun.Finished done(FolderRun.Finished finished) {
    done++;
    String line =
        "["
            + done
            + "/"
            + total
            + "] "
            + finished.outcome().plan()
            + ": "
            + FolderSummary.status(finished.outcome());
    if (terminal) {
      out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
      lastWidth = line.length();
    } else {
      out.println(line);
    }
    out.flush();
    return finished;
  }

  synchronized void end() {
    if (terminal && done > 0) {
      out.println();
    }
  }
}

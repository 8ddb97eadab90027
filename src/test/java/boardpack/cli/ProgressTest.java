package boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final String NL = System.lineSeparator();

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void onATerminal_oneLineRewrittenInPlace_longerTextBlankedOut() {
    Progress progress = new Progress(2, true, out);

    progress.done(finished("north-america.xlsx", 0));
    progress.done(finished("eu.xlsx", 2));
    progress.end();

    // "[1/2] north-america.xlsx: done" is 30 characters, "[2/2] eu.xlsx: 1 error; nothing
    // written" 38, so nothing is left over to blank
    assertEquals(
        "\r[1/2] north-america.xlsx: done\r[2/2] eu.xlsx: 1 error; nothing written" + NL, text());
  }

  @Test
  void onATerminal_shorterLineBlanksTheRestOfTheLongerOne() {
    Progress progress = new Progress(2, true, out);

    progress.done(finished("north-america.xlsx", 0));
    progress.done(finished("eu.xlsx", 0));

    // 30 characters, then "[2/2] eu.xlsx: done" (19) and 11 spaces
    assertEquals("\r[1/2] north-america.xlsx: done\r[2/2] eu.xlsx: done" + " ".repeat(11), text());
  }

  @Test
  void notATerminal_onePlainLinePerPlan() {
    Progress progress = new Progress(2, false, out);

    progress.done(finished("a.xlsx", 1));
    progress.done(finished("b.xlsx", 6));
    progress.end();

    assertEquals(
        "[1/2] a.xlsx: done, 1 warning" + NL + "[2/2] b.xlsx: written; 1 message not sent" + NL,
        text());
  }

  private static FolderRun.Finished finished(String plan, int exitCode) {
    PlanOutcome outcome =
        new PlanOutcome(plan, Optional.empty(), Optional.empty(), 0, 1, 1, 1, exitCode, "");
    return new FolderRun.Finished(outcome, "");
  }

  private String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}

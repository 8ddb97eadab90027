package boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} writes the board pack with the CSVs, in the look of {@code --template}. */
class BoardPackRunTest {

  private static final String PLAN = "sample-data/northwind-plan.xlsx";
  private static final String LEDGER = "sample-data/northwind-ledger.csv";
  private static final String PACK = "northwind-coffee-roasters-2026-10-board-pack.pdf";

  @TempDir Path dir;

  private final Console console = new Console();

  @Test
  void run_writesTheBoardPackBesideTheCsvs() throws Exception {
    Path out = dir.resolve("out");

    int code = console.run("run", PLAN, "--actuals", LEDGER, "--out", out.toString());

    assertEquals(0, code, console.err());
    assertTrue(console.out().contains(out.resolve(PACK) + Console.NL), console.out());
    byte[] pdf = Files.readAllBytes(out.resolve(PACK));
    assertEquals("%PDF-1.7", new String(pdf, 0, 8, StandardCharsets.US_ASCII));
  }

  @Test
  void run_withAUsersTemplate_usesIt() throws Exception {
    Path look = Files.createDirectory(dir.resolve("look"));
    Files.writeString(look.resolve("theme.properties"), "colour.accent = #336699\nlogo =\n");

    int code =
        console.run(
            "run",
            PLAN,
            "--actuals",
            LEDGER,
            "--out",
            dir.resolve("out").toString(),
            "--template",
            look.toString());

    assertEquals(0, code, console.err());
    assertTrue(Files.exists(dir.resolve("out").resolve(PACK)));
  }

  @Test
  void run_withABrokenTemplate_exitsThree_namingFileAndKey_andWritesNothing() throws Exception {
    Path look = Files.createDirectory(dir.resolve("look"));
    Files.writeString(look.resolve("theme.properties"), "size.body = huge\n");
    Path out = dir.resolve("out");

    int code =
        console.run(
            "run",
            PLAN,
            "--actuals",
            LEDGER,
            "--out",
            out.toString(),
            "--template",
            look.toString());

    assertEquals(3, code);
    assertEquals(
        "boardpack: "
            + look.resolve("theme.properties")
            + ": size.body \"huge\" is not a type size; expected points from 4 to 72 such as 9 or"
            + " 10.5"
            + Console.NL,
        console.err());
    assertFalse(Files.exists(out));
  }
}

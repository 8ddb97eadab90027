package boardpack.cli;

import static boardpack.cli.MonthEndRun.STEM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.mail.Messages;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run on the sample plan: one .eml per Distribution row, each with the pack its row asks for. */
class DistributionEmlTest {

  private static final String NL = System.lineSeparator();
  private static final String PDF = STEM + "-board-pack.pdf";
  private static final String XLSX = STEM + "-scorecard.xlsx";

  @TempDir Path dir;

  private final FakeParts parts = new FakeParts();
  private final MonthEndRun run = new MonthEndRun(parts.standard());

  @Test
  void run_samplePlan_writesOneEmlPerRecipient_attachedAsTheirAttachSays() throws Exception {
    Path out = dir.resolve("out");

    int code =
        run.run(
            "run",
            MonthEndRun.SAMPLE_PLAN.toString(),
            "--actuals",
            MonthEndRun.SAMPLE_LEDGER.toString(),
            "--out",
            out.toString());

    assertEquals(0, code, run.err());
    // Distribution: Hannah All/Both, board All/PDF, Marcus Sales/PDF, Grace "Grace Lin"/XLSX
    assertAttachments(out, "hannah-price", List.of(PDF, XLSX));
    assertAttachments(out, "board", List.of(PDF));
    assertAttachments(out, "marcus-reed", List.of(STEM + "-board-pack-sales.pdf"));
    assertAttachments(out, "grace-lin", List.of(STEM + "-scorecard-grace-lin.xlsx"));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(4, files.filter(f -> f.toString().endsWith(".eml")).count());
    }
  }

  @Test
  void run_samplePlan_emlHasSenderRecipientDateIdSubjectAndHeadline() throws Exception {
    Path out = dir.resolve("out");

    run.run("run", MonthEndRun.SAMPLE_PLAN.toString(), "--out", out.toString());

    MimeMessage message = Messages.parse(eml(out, "marcus-reed"));
    assertEquals("boardpack@localhost", message.getFrom()[0].toString());
    InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
    assertEquals("marcus.reed@northwind-coffee.example", to.getAddress());
    assertEquals("Marcus Reed", to.getPersonal());
    assertEquals(MonthEndRun.NOW, message.getSentDate().toInstant());
    assertTrue(
        message.getMessageID().matches("<.+\\.boardpack@localhost>"), message.getMessageID());
    assertEquals("Northwind Coffee Roasters pack for Sales, October 2026", message.getSubject());
    String plain = Messages.text(message, "text/plain");
    assertTrue(plain.startsWith("Dear Marcus Reed," + "\r\n"), plain);
    assertTrue(plain.contains("\r\nKPIs: "), plain);
    assertTrue(Messages.text(message, "text/html").contains("KPIs: "));
    // for the user to send: a mail client opens it ready to send
    assertEquals("1", message.getHeader("X-Unsent", null));
  }

  @Test
  void run_samplePlan_buildsEachScopesPackOnce() {
    run.run("run", MonthEndRun.SAMPLE_PLAN.toString(), "--out", dir.resolve("out").toString());

    // Scopes All (Hannah and the board share it), Sales and Grace Lin: each part once each, in
    // whatever order the writers finish them.
    assertEquals(
        Set.of(
            new FakeParts.Write("PDF", "All"), new FakeParts.Write("XLSX", "All"),
            new FakeParts.Write("PDF", "Sales"), new FakeParts.Write("XLSX", "Sales"),
            new FakeParts.Write("PDF", "Grace Lin"), new FakeParts.Write("XLSX", "Grace Lin")),
        Set.copyOf(parts.writes));
    assertEquals(6, parts.writes.size());
  }

  @Test
  void run_fromOption_isTheSender() throws Exception {
    Path out = dir.resolve("out");

    run.run(
        "run",
        MonthEndRun.SAMPLE_PLAN.toString(),
        "--out",
        out.toString(),
        "--from",
        "finance@northwind-coffee.example");

    MimeMessage message = Messages.parse(eml(out, "board"));
    assertEquals("finance@northwind-coffee.example", message.getFrom()[0].toString());
    assertTrue(message.getMessageID().endsWith("@northwind-coffee.example>"));
  }

  @Test
  void run_settingsSender_isTheSenderWithoutFrom() throws Exception {
    Path plan = MonthEndRun.copySample(dir, "plan.xlsx");
    MonthEndRun.addRow(plan, "Settings", "Setting", "Sender", "Value", "cfo@northwind.example");
    Path out = dir.resolve("out");

    int code = run.run("run", plan.toString(), "--out", out.toString());

    assertEquals(0, code, run.out() + run.err());
    assertEquals(
        "cfo@northwind.example", Messages.parse(eml(out, "board")).getFrom()[0].toString());
  }

  @Test
  void run_sameAddressTwice_oneMessage_asTheFirstRowSays() throws Exception {
    Path plan = MonthEndRun.copySample(dir, "plan.xlsx");
    MonthEndRun.addRow(
        plan,
        "Distribution",
        "Name",
        "Marcus again",
        "Email",
        "Marcus.Reed@northwind-coffee.example",
        "Scope",
        "All",
        "Attach",
        "Both");
    Path out = dir.resolve("out");

    run.run("run", plan.toString(), "--out", out.toString());

    try (Stream<Path> files = Files.list(out)) {
      assertEquals(4, files.filter(f -> f.toString().endsWith(".eml")).count());
    }
    assertAttachments(out, "marcus-reed", List.of(STEM + "-board-pack-sales.pdf"));
  }

  @Test
  void run_fromNotAnAddress_isAUsageErrorAndWritesNothing() {
    Path out = dir.resolve("out");

    int code =
        run.run(
            "run",
            MonthEndRun.SAMPLE_PLAN.toString(),
            "--out",
            out.toString(),
            "--from",
            "finance department");

    assertEquals(4, code);
    assertTrue(run.err().contains("\"finance department\" is not an email address"), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void run_resendWithoutSmtp_isAUsageError() {
    int code = run.run("run", MonthEndRun.SAMPLE_PLAN.toString(), "--resend");

    assertEquals(4, code);
    assertTrue(run.err().startsWith("boardpack: --resend needs --smtp HOST:PORT;"), run.err());
  }

  @Test
  void run_dryRun_printsWhoGetsWhat_andWritesNothing() {
    Path out = dir.resolve("out");

    int code =
        run.run("run", MonthEndRun.SAMPLE_PLAN.toString(), "--out", out.toString(), "--dry-run");

    assertEquals(0, code, run.err());
    assertTrue(
        run.out()
            .endsWith(
                "Would send (dry run: nothing written or sent):"
                    + NL
                    + "hannah.price@northwind-coffee.example (All): "
                    + PDF
                    + ", "
                    + XLSX
                    + NL
                    + "board@northwind-coffee.example (All): "
                    + PDF
                    + NL
                    + "marcus.reed@northwind-coffee.example (Sales): "
                    + STEM
                    + "-board-pack-sales.pdf"
                    + NL
                    + "grace.lin@northwind-coffee.example (Grace Lin): "
                    + STEM
                    + "-scorecard-grace-lin.xlsx"
                    + NL),
        run.out());
    assertFalse(Files.exists(out));
    assertTrue(parts.writes.isEmpty());
  }

  private static void assertAttachments(Path out, String who, List<String> expected)
      throws Exception {
    Map<String, byte[]> attached = Messages.attachments(Messages.parse(eml(out, who)));
    assertEquals(expected, List.copyOf(attached.keySet()), who);
    for (String name : expected) {
      assertArrayEquals(Files.readAllBytes(out.resolve(name)), attached.get(name), name);
    }
  }

  static Path eml(Path out, String who) {
    return out.resolve(STEM + "-to-" + who + "-northwind-coffee-example.eml");
  }
}

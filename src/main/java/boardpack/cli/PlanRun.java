package boardpack.cli;

import boardpack.cli.Distribution.Delivery;
import boardpack.compute.PackView;
import boardpack.compute.ScorecardEngine;
import boardpack.mail.Addresses;
import boardpack.mail.SendLog;
import boardpack.mail.SmtpServer;
import boardpack.model.Plan;
import boardpack.model.Scorecard;
import boardpack.read.PackRecordReader;
import boardpack.read.UnreadableFileException;
import boardpack.write.pdf.Template;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One plan through month end: read and check, compute, write every output together, then send the
 * messages when {@code --smtp} asks. What {@code run PLAN} does, and each plan of a folder.
 */
final class PlanRun {

  private final PlanOptions options;
  private final Path out;
  private final MailOptions mail;
  private final Template template;
  private final RunContext context;
  private final int writers;
  private final PrintStream stdout;
  private final PrintStream err;

  PlanRun(PlanOptions options, RunSettings settings, PrintStream stdout, PrintStream err) {
    this.options = options;
    this.out = settings.out();
    this.mail = settings.mail();
    this.template = settings.template();
    this.context = settings.context();
    this.writers = settings.writers();
    this.stdout = stdout;
    this.err = err;
  }

  PlanOutcome run() throws UnreadableFileException {
    PlanCheck check = PlanCheck.read(options);
    PlanReport.print(check, stdout);
    if (check.hasErrors()) {
      PlanReport.refuse(check, mail.dryRun ? "" : " (nothing was written)", err);
      return outcome(check, Optional.empty(), 0, 0, ExitCode.INVALID_PLAN);
    }
    Scorecard scorecard = compute(check);
    // What changed since last month: the latest earlier record in the output folder, if any.
    PackRecordReader.Reading earlier = EarlierPack.read(out, scorecard, stdout);
    PackView view =
        PackView.of(
            scorecard,
            EarlierPack.withWarnings(check.warningsAndNotes(), earlier),
            earlier.previous());
    List<PackPart> parts = context.parts().forRun(out, inputs(), template);
    Distribution distribution = Distribution.of(view, scorecard.plan().distribution(), parts);
    boolean warned =
        !check.warnings().isEmpty()
            || !scorecard.warnings().isEmpty()
            || !earlier.warnings().isEmpty();
    if (mail.dryRun) {
      return dryRun(check, view, distribution, warned);
    }
    return writeAndSend(check, scorecard, view, distribution, warned);
  }

  private Scorecard compute(PlanCheck check) {
    Scorecard scorecard =
        ScorecardEngine.compute(check.plan().orElseThrow(), check.period().orElseThrow());
    if (!scorecard.warnings().isEmpty()) {
      stdout.println();
      PlanReport.problems("Warnings from the calculations", scorecard.warnings(), stdout);
    }
    return scorecard;
  }

  private PlanOutcome dryRun(
      PlanCheck check, PackView view, Distribution distribution, boolean warned) {
    try {
      DryRun.print(distribution, sendLog(), mail.resend, stdout);
      return outcome(check, Optional.of(view), 0, 0, ExitCode.done(warned));
    } catch (IOException e) {
      return cannotWrite(check, view, e);
    }
  }

  private PlanOutcome writeAndSend(
      PlanCheck check,
      Scorecard scorecard,
      PackView view,
      Distribution distribution,
      boolean warned) {
    try {
      Optional<SendLog> log = sendLog();
      List<Delivery> toWrite = toWrite(distribution, log, scorecard);
      PlanOutputs outputs =
          new PlanOutputs(
              out,
              inputs(),
              sender(scorecard.plan()),
              context.clock().instant(),
              log.isEmpty(),
              writers);
      PlanOutputs.Written written = outputs.write(view, distribution, toWrite);
      PlanReport.written(written.files(), stdout);
      int failed = 0;
      if (log.isPresent()) {
        Mailing mailing = new Mailing(server(), out, context.clock(), stdout, err);
        failed = mailing.send(written.letters(), log.get(), scorecard.period());
      }
      int code = failed > 0 ? ExitCode.SENDS_FAILED : ExitCode.done(warned);
      return outcome(check, Optional.of(view), written.files().size(), failed, code);
    } catch (IOException e) {
      return cannotWrite(check, view, e);
    }
  }

  private PlanOutcome cannotWrite(PlanCheck check, PackView view, IOException e) {
    String line =
        e instanceof PackFailure
            ? "boardpack: " + e.getMessage() + " (nothing was written)"
            : WriteFailure.line(out, e);
    err.println(line);
    PlanOutcome outcome = outcome(check, Optional.of(view), 0, 0, ExitCode.UNREADABLE_FILE);
    return outcome.withNote(line);
  }

  // With --smtp, those the send log says have this month's pack get nothing, unless --resend.
  private List<Delivery> toWrite(
      Distribution distribution, Optional<SendLog> log, Scorecard scorecard) {
    if (log.isEmpty() || mail.resend) {
      return distribution.deliveries();
    }
    List<Delivery> toWrite = new ArrayList<>();
    for (Delivery delivery : distribution.deliveries()) {
      String email = delivery.recipient().email();
      if (log.get().wasSent(scorecard.period(), email)) {
        stdout.println(
            email
                + " already has the "
                + scorecard.period()
                + " pack (send log); not sent again"
                + " (--resend sends it again)");
      } else {
        toWrite.add(delivery);
      }
    }
    return toWrite;
  }

  /** With {@code --smtp}, the send log of earlier runs (empty when there is none). */
  private Optional<SendLog> sendLog() throws IOException {
    if (mail.smtp().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(SendLog.read(out.resolve(SendLog.FILE_NAME)));
  }

  /** {@code --from}, else the Settings sheet's Sender, else the documented default. */
  private String sender(Plan plan) {
    return Optional.ofNullable(mail.from)
        .or(() -> plan.settings().sender())
        .orElse(Addresses.DEFAULT_SENDER);
  }

  private SmtpServer server() {
    HostPort smtp = mail.smtp().orElseThrow();
    Optional<String> user =
        Optional.ofNullable(context.environment().get(Mailing.USER)).filter(u -> !u.isBlank());
    Optional<String> password =
        user.flatMap(u -> Optional.ofNullable(context.environment().get(Mailing.PASSWORD)));
    return new SmtpServer(smtp.host(), smtp.port(), mail.requireTls, user, password);
  }

  // The plan and its ledgers are never written over, even when --out is their folder.
  private List<Path> inputs() {
    List<Path> inputs = new ArrayList<>(List.of(options.plan));
    inputs.addAll(options.actuals);
    return inputs;
  }

  private static PlanOutcome outcome(
      PlanCheck check, Optional<PackView> view, int outputs, int failedSends, int exitCode) {
    String note = check.errors().isEmpty() ? "" : check.errors().get(0).toString();
    return new PlanOutcome(
        check.file(),
        check.period(),
        view.map(v -> v.headline().kpis()),
        outputs,
        check.warnings().size(),
        check.errors().size(),
        failedSends,
        exitCode,
        note);
  }
}

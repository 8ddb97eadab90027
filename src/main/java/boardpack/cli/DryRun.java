package boardpack.cli;

import boardpack.cli.Distribution.Delivery;
import boardpack.cli.Distribution.PackFile;
import boardpack.mail.SendLog;
import java.io.PrintStream;
import java.time.YearMonth;
import java.util.Optional;

/** {@code --dry-run}: who would get which pack, and nothing written or sent. */
final class DryRun {

  private DryRun() {}

  static void print(
      Distribution distribution, Optional<SendLog> log, boolean resend, PrintStream out) {
    out.println();
    if (distribution.deliveries().isEmpty()) {
      out.println("Would send: nobody (the plan has no Distribution sheet rows)");
      return;
    }
    out.println("Would send (dry run: nothing written or sent):");
    for (Delivery delivery : distribution.deliveries()) {
      YearMonth period = delivery.pack().view().header().period();
      String email = delivery.recipient().email();
      boolean sent = log.map(l -> l.wasSent(period, email)).orElse(false) && !resend;
      out.println(
          email
              + " ("
              + delivery.pack().view().scope().label()
              + "): "
              + attachments(delivery)
              + (sent ? "; already sent, so skipped (--resend sends it again)" : ""));
    }
  }

  private static String attachments(Delivery delivery) {
    if (delivery.attachments().isEmpty()) {
      return "no attachment";
    }
    return String.join(", ", delivery.attachments().stream().map(PackFile::fileName).toList());
  }
}

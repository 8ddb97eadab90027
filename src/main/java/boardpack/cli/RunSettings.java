package boardpack.cli;

import boardpack.write.pdf.Template;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What every plan of a {@code run} shares: the output folder, how the packs are delivered, the
 * board pack's look and the machine's parts.
 *
 * @param writers how many of a plan's pack files are laid out at once
 */
record RunSettings(Path out, MailOptions mail, Template template, RunContext context, int writers) {

  RunSettings {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(mail, "mail");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(context, "context");
    if (writers < 1) {
      throw new IllegalArgumentException("writers must be 1 or more, not " + writers);
    }
  }

  /** Every core lays out pack files. */
  RunSettings(Path out, MailOptions mail, Template template, RunContext context) {
    this(out, mail, template, context, Runtime.getRuntime().availableProcessors());
  }

  /**
   * The same for one plan of a folder, written into {@code subfolder}, when {@code jobs} plans run
   * at once: they share the cores.
   */
  RunSettings into(Path subfolder, int jobs) {
    return new RunSettings(subfolder, mail, template, context, Math.max(1, writers / jobs));
  }
}

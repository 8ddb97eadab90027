package boardpack.cli;

import boardpack.write.pdf.Template;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What every plan of a {@code run} shares: the output folder, how the packs are delivered, the
 * board pack's look and the machine's parts.
 */
record RunSettings(Path out, MailOptions mail, Template template, RunContext context) {

  RunSettings {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(mail, "mail");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(context, "context");
  }

  /** The same for one plan of a folder, written into {@code subfolder}. */
  RunSettings into(Path subfolder) {
    return new RunSettings(subfolder, mail, template, context);
  }
}

package boardpack.cli;

import boardpack.mail.Addresses;
import boardpack.model.EmailAddress;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** How {@code run} delivers the packs of the Distribution sheet. */
final class MailOptions {

  @Option(
      names = "--from",
      paramLabel = "ADDRESS",
      converter = AddressConverter.class,
      description =
          "the sender of the messages; default: the Settings sheet's Sender, else "
              + Addresses.DEFAULT_SENDER)
  String from;

  @Option(
      names = "--smtp",
      paramLabel = "HOST:PORT",
      converter = HostPort.Converter.class,
      description =
          "also send the messages through this SMTP server; the login comes from the"
              + " environment variables BOARDPACK_SMTP_USER and BOARDPACK_SMTP_PASSWORD")
  HostPort smtp;

  @Option(
      names = "--smtp-require-tls",
      description = "with --smtp: refuse to send unless the server offers STARTTLS")
  boolean requireTls;

  @Option(
      names = "--resend",
      description = "with --smtp: send also to those the send log says already have the pack")
  boolean resend;

  @Option(
      names = "--dry-run",
      description = "print who would get which pack and attachments; write and send nothing")
  boolean dryRun;

  Optional<HostPort> smtp() {
    return Optional.ofNullable(smtp);
  }

  /** The options that only mean something with {@code --smtp} are refused without it. */
  void check(CommandSpec spec) {
    if (smtp == null && (requireTls || resend)) {
      throw new ParameterException(
          spec.commandLine(),
          (requireTls ? "--smtp-require-tls" : "--resend")
              + " needs --smtp HOST:PORT; without it the messages are only written as .eml files");
    }
  }

  /** One plain address, so a typo is a usage error before anything is written. */
  static final class AddressConverter implements ITypeConverter<String> {
    @Override
    public String convert(String text) {
      if (!EmailAddress.isValid(text.strip())) {
        throw new TypeConversionException(
            "\"" + text + "\" is not an email address; give one such as finance@example.com");
      }
      return text.strip();
    }
  }
}

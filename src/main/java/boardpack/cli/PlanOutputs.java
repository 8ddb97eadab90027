package boardpack.cli;

import boardpack.cli.Distribution.Delivery;
import boardpack.cli.Distribution.PackFile;
import boardpack.cli.Distribution.ScopePack;
import boardpack.compute.PackView;
import boardpack.mail.MailAttachment;
import boardpack.mail.MessageText;
import boardpack.mail.PackLetter;
import boardpack.write.OutputName;
import boardpack.write.StagedOutput;
import boardpack.write.csv.ScorecardCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every output of one plan, staged in the output folder and moved into place together only when all
 * are complete: the CSVs, each scope's pack files and one .eml per delivery. A failure on the way
 * leaves the earlier run's files as they were and no temporary file.
 */
final class PlanOutputs {

  /** What a run wrote: every file in order, and the messages among them. */
  record Written(List<Path> files, List<Letter> letters) {}

  private final Path folder;
  private final List<Path> inputs;
  private final String from;
  private final Instant now;
  private final boolean drafts;
  private final int writers;
  private final Map<String, Path> stagedByName = new HashMap<>();
  private final Map<String, String> sha256ByName = new HashMap<>();

  /**
   * @param drafts whether the messages are for the user to send (no {@code --smtp}): marked unsent
   *     so a mail client opens them ready to send
   * @param writers how many pack files are laid out at once
   */
  PlanOutputs(
      Path folder, List<Path> inputs, String from, Instant now, boolean drafts, int writers) {
    this.folder = folder;
    this.inputs = List.copyOf(inputs);
    this.from = from;
    this.now = now;
    this.drafts = drafts;
    this.writers = writers;
  }

  Written write(PackView view, Distribution distribution, List<Delivery> toWrite)
      throws IOException {
    try (StagedOutput output = StagedOutput.in(folder, inputs)) {
      List<StagedOutput.File> files = new ArrayList<>();
      for (ScopePack pack : distribution.packs()) {
        for (PackFile file : pack.files()) {
          files.add(
              new StagedOutput.File(
                  file.fileName(), out -> file.part().writer().write(pack.view(), out)));
        }
      }
      // The pack files take longest, so they start first; the CSVs fill in beside them.
      files.addAll(ScorecardCsv.files(view));
      List<Path> staged = output.writeAll(files, writers);
      for (int i = 0; i < files.size(); i++) {
        stagedByName.put(files.get(i).fileName(), staged.get(i));
      }
      List<Letter> letters = letters(toWrite, output, view);
      return new Written(output.commit(), letters);
    }
  }

  private List<Letter> letters(List<Delivery> deliveries, StagedOutput output, PackView view)
      throws IOException {
    String stem = OutputName.stem(view.header().organisation(), view.header().period());
    Set<String> names = new HashSet<>();
    List<Letter> letters = new ArrayList<>();
    for (Delivery delivery : deliveries) {
      String to = OutputName.organisation(delivery.recipient().email());
      String eml = uniqueName(stem + "-to-" + to, names);
      letters.add(letter(delivery, eml, output));
    }
    return letters;
  }

  // A scope's files go to many recipients: hash each once.
  private String sha256Of(String name, Path staged) throws IOException {
    String hash = sha256ByName.get(name);
    if (hash == null) {
      hash = sha256(staged);
      sha256ByName.put(name, hash);
    }
    return hash;
  }

  private Letter letter(Delivery delivery, String eml, StagedOutput output) throws IOException {
    List<String> names = delivery.attachments().stream().map(PackFile::fileName).toList();
    List<MailAttachment> attachments = new ArrayList<>();
    List<String> sha256s = new ArrayList<>();
    for (String name : names) {
      Path staged = stagedByName.get(name);
      attachments.add(new MailAttachment(name, staged));
      sha256s.add(sha256Of(name, staged));
    }
    String messageId = PackLetter.newMessageId(from);
    PackLetter letter =
        new PackLetter(
            from,
            delivery.recipient().name(),
            delivery.recipient().email(),
            MessageText.of(delivery.pack().view(), delivery.recipient().name(), names),
            attachments,
            now,
            messageId);
    output.write(eml, drafts ? letter::writeDraftTo : letter::writeTo);
    return new Letter(delivery, folder.resolve(eml), messageId, names, sha256s);
  }

  private static String uniqueName(String base, Set<String> taken) {
    String name = base + ".eml";
    for (int n = 2; !taken.add(name); n++) {
      name = base + "-" + n + ".eml";
    }
    return name;
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest = digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}

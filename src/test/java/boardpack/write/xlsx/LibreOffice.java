package boardpack.write.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice headless for tests, with a throwaway profile whose OOXML recalculation mode is
 * "always" (by default LibreOffice keeps a file's cached formula values). Without LibreOffice a
 * test is skipped with a message, except under {@code CI=true}, where it fails.
 */
final class LibreOffice {

  private static final String RECALCULATE_ALWAYS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <oor:items xmlns:oor="http://openoffice.org/2001/registry"
          xmlns:xs="http://www.w3.org/2001/XMLSchema"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load">
          <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop>
        </item>
      </oor:items>
      """;

  private final Path program;
  private final Path profile;

  private LibreOffice(Path program, Path profile) {
    this.program = program;
    this.profile = profile;
  }

  /** LibreOffice with a fresh profile under {@code work}; skips (or fails on CI) without it. */
  static LibreOffice require(Path work) throws IOException {
    Optional<Path> program = find();
    if (program.isEmpty()) {
      String message = "LibreOffice (soffice) is not installed; the LibreOffice checks need it";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message);
      }
      assumeTrue(false, message + "; skipped");
    }
    Path profile = work.resolve("lo-profile");
    Files.createDirectories(profile.resolve("user"));
    Files.writeString(
        profile.resolve("user/registrymodifications.xcu"),
        RECALCULATE_ALWAYS,
        StandardCharsets.UTF_8);
    return new LibreOffice(program.get(), profile);
  }

  /**
   * Opens {@code file} and saves it as {@code format} (such as {@code pdf}) into {@code folder}.
   */
  Path convert(Path file, String format, Path folder) throws IOException, InterruptedException {
    Files.createDirectories(folder);
    Process process =
        new ProcessBuilder(
                program.toString(),
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                format,
                "--outdir",
                folder.toString(),
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("soffice.log").toFile())
            .start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("LibreOffice did not finish converting " + file.getFileName() + " within 180 s");
    }
    assertEquals(0, process.exitValue(), Files.readString(folder.resolve("soffice.log")));
    String name = file.getFileName().toString();
    String extension = format.contains(":") ? format.substring(0, format.indexOf(':')) : format;
    Path converted = folder.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
    if (!Files.exists(converted)) {
      fail(
          "LibreOffice wrote no "
              + converted.getFileName()
              + ": "
              + Files.readString(folder.resolve("soffice.log")));
    }
    return converted;
  }

  private static Optional<Path> find() {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("soffice", "libreoffice")) {
        Path candidate = Path.of(folder, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    Path mac = Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice");
    return Files.isExecutable(mac) ? Optional.of(mac) : Optional.empty();
  }
}

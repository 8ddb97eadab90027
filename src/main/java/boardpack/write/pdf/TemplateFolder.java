package boardpack.write.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where a template's files are read from: a user's folder, or the copy built into the jar. */
sealed interface TemplateFolder {

  /** The built-in default template: templates/default of the repository, copied into the jar. */
  TemplateFolder BUILT_IN = new Resources("/templates/default/");

  /** A file's bytes, or empty when the folder has no such file. */
  Optional<byte[]> read(String name) throws IOException;

  /** The file as a user reads it in a message: {@code my-look/theme.properties}. */
  String describe(String name);

  /** A folder on disk. */
  record Directory(Path folder) implements TemplateFolder {
    @Override
    public Optional<byte[]> read(String name) throws IOException {
      Path file = folder.resolve(name);
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    @Override
    public String describe(String name) {
      return folder.resolve(name).toString();
    }
  }

  /** Files on the class path under a prefix. */
  record Resources(String prefix) implements TemplateFolder {
    @Override
    public Optional<byte[]> read(String name) throws IOException {
      try (InputStream in = TemplateFolder.class.getResourceAsStream(prefix + name)) {
        return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
      }
    }

    @Override
    public String describe(String name) {
      return "built-in template " + name;
    }
  }
}

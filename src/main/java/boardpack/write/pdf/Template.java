package boardpack.write.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The look of the board pack: colours, type sizes, fonts, logo and every fixed label, read from a
 * template folder (templates/default in the repository, also built into the jar).
 *
 * @param logo the cover logo's PNG or JPEG bytes, when the template has one
 */
public record Template(
    Palette palette,
    TypeSizes sizes,
    Labels labels,
    byte[] regularFont,
    byte[] boldFont,
    Optional<byte[]> logo) {

  public Template {
    Objects.requireNonNull(palette, "palette");
    Objects.requireNonNull(sizes, "sizes");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(regularFont, "regularFont");
    Objects.requireNonNull(boldFont, "boldFont");
    Objects.requireNonNull(logo, "logo");
  }

  /** The default template built into boardpack. */
  public static Template builtIn() throws TemplateException {
    return TemplateLoader.load(TemplateFolder.BUILT_IN);
  }

  /**
   * A user's template folder; keys and files it leaves out come from the built-in template.
   *
   * @throws TemplateException naming the file and key when the folder or a value cannot be used
   */
  public static Template load(Path folder) throws TemplateException {
    if (!Files.isDirectory(folder)) {
      throw new TemplateException(
          folder
              + ": no such template folder; give a folder holding theme.properties (copy"
              + " templates/default to start)");
    }
    return TemplateLoader.load(new TemplateFolder.Directory(folder));
  }
}

package boardpack.cli;

import boardpack.write.pdf.Template;
import boardpack.write.pdf.TemplateException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --template DIR}: the board pack's look; the built-in default template without it. */
final class TemplateOption {

  @Option(
      names = "--template",
      paramLabel = "DIR",
      description =
          "a folder with the board pack's look (theme.properties, labels, logo, fonts); copy"
              + " templates/default to start. Default: the built-in template")
  Path folder;

  Template load() throws TemplateException {
    return folder == null ? Template.builtIn() : Template.load(folder);
  }
}

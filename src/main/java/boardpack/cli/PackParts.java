package boardpack.cli;

import boardpack.model.Attachment;
import boardpack.write.pdf.Template;
import java.nio.file.Path;
import java.util.List;

/** The files each scope's pack has, for one run: wired here as the writers arrive. */
@FunctionalInterface
interface PackParts {

  /**
   * The parts of a run writing into {@code out} from {@code inputs} (the plan, then its ledgers),
   * which a writer may need (the scorecard links its figures to the files they came from), with the
   * board pack in {@code template}'s look.
   */
  List<PackPart> forRun(Path out, List<Path> inputs, Template template);

  /**
   * The board pack PDF (write.pdf) for each scope; the scorecard workbook (write.xlsx) joins it
   * when it is on main.
   */
  static PackParts standard() {
    return (out, inputs, template) ->
        List.of(
            new PackPart(
                Attachment.PDF,
                "board-pack",
                "pdf",
                (view, file) -> BoardPackPart.write(view, template, file)));
  }
}

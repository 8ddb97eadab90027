package boardpack.cli;

import boardpack.model.Attachment;
import boardpack.write.pdf.Template;
import boardpack.write.xlsx.InputFiles;
import boardpack.write.xlsx.ScorecardWorkbook;
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
   * The scorecard workbook (write.xlsx), its figures linked to the plan's cells, and the board pack
   * PDF (write.pdf) in the template's look, for each scope.
   */
  static PackParts standard() {
    return (out, inputs, template) ->
        List.of(
            new PackPart(
                Attachment.XLSX,
                "scorecard",
                "xlsx",
                (view, file) -> ScorecardWorkbook.write(view, InputFiles.of(out, inputs), file)),
            new PackPart(
                Attachment.PDF,
                "board-pack",
                "pdf",
                (view, file) -> BoardPackPart.write(view, template, file)));
  }
}

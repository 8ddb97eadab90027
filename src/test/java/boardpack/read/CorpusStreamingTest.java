package boardpack.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

/**
 * Over the robustness corpus (see {@link CorpusSweepTest}; skipped without it): every workbook the
 * stream reads holds, sheet by sheet and cell by cell, what POI's objects read from it (files those
 * refuse are left out: the stream may read a few of them).
 */
class CorpusStreamingTest {

  @Test
  void everyStreamedCorpusWorkbook_readsAsPoisObjectsReadIt() throws IOException {
    Path corpus = Path.of(System.getProperty("boardpack.corpus", "../shared/corpus/poi"));
    assumeTrue(Files.isDirectory(corpus), "no corpus folder");
    List<String> differences = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        Optional<List<SheetGrid>> streamed = streamed(file);
        if (streamed.isPresent()) {
          difference(file, streamed.get()).ifPresent(differences::add);
        }
      }
    }
    assertEquals(List.of(), differences);
  }

  private static Optional<List<SheetGrid>> streamed(Path file) {
    try {
      return WorkbookOpener.stream(file);
    } catch (UnreadableFileException refused) {
      return Optional.empty();
    }
  }

  /** The first place where the stream and POI's objects differ, if any. */
  private static Optional<String> difference(Path file, List<SheetGrid> streamed)
      throws IOException {
    try (Workbook workbook = WorkbookOpener.open(file)) {
      List<SheetGrid> objects = PoiSheetGrid.of(workbook);
      if (streamed.size() != objects.size()) {
        return Optional.of(file.getFileName() + ": " + streamed.size() + " sheets");
      }
      for (int i = 0; i < objects.size(); i++) {
        Optional<String> found = difference(streamed.get(i), objects.get(i));
        if (found.isPresent()) {
          return Optional.of(file.getFileName() + ": " + found.get());
        }
      }
      return Optional.empty();
    } catch (UnreadableFileException refused) {
      return Optional.empty();
    }
  }

  /** Everything the readers can ask of a sheet, compared. */
  private static Optional<String> difference(SheetGrid streamed, SheetGrid objects) {
    String sheet = objects.name();
    if (!streamed.name().equals(sheet)
        || streamed.isEmpty() != objects.isEmpty()
        || streamed.lastRow() != objects.lastRow()
        || !streamed.mergedRegions().toString().equals(objects.mergedRegions().toString())) {
      return Optional.of(sheet + ": name, rows or merged cells");
    }
    for (int r = 0; r <= objects.lastRow(); r++) {
      if (streamed.hasRow(r) != objects.hasRow(r) || !streamed.row(r).equals(objects.row(r))) {
        return Optional.of(
            sheet + " row " + (r + 1) + ": " + streamed.row(r) + " | " + objects.row(r));
      }
    }
    return Optional.empty();
  }
}

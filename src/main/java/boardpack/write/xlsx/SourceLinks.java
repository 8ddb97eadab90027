package boardpack.write.xlsx;

import boardpack.model.Source;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;

/**
 * Links from a figure or problem to the cell it came from. Excel's form for a link into another
 * workbook is the file as the relationship's target plus the cell as the hyperlink's location
 * ({@code location="'Actuals'!N7"}); Excel and LibreOffice open the plan at that cell.
 */
final class SourceLinks {

  private final CreationHelper helper;
  private final InputFiles files;

  SourceLinks(CreationHelper helper, InputFiles files) {
    this.helper = helper;
    this.files = files;
  }

  /** A link to {@code source}'s file, at its cell when it has one; empty for an unknown file. */
  Optional<XSSFHyperlink> to(Source source) {
    return files
        .link(source.file())
        .map(
            target -> {
              XSSFHyperlink link = (XSSFHyperlink) helper.createHyperlink(HyperlinkType.FILE);
              link.setAddress(target);
              location(source).ifPresent(link::setLocation);
              return link;
            });
  }

  /**
   * The cell as a hyperlink location, the sheet always quoted ({@code 'Q1'!D7}: unquoted, Q1 would
   * read as a cell); a whole row or sheet goes to its first cell. A CSV line or a whole file has
   * none: the link opens the file.
   */
  static Optional<String> location(Source source) {
    return switch (source) {
      case Source.Cell cell -> Optional.of(quoted(cell.sheet()) + cell.cellName());
      case Source.Row row -> Optional.of(quoted(row.sheet()) + "A" + (row.row() + 1));
      case Source.Sheet sheet -> Optional.of(quoted(sheet.sheet()) + "A1");
      case Source.CsvLine line -> Optional.empty();
      case Source.FileWhole file -> Optional.empty();
    };
  }

  private static String quoted(String sheet) {
    return "'" + sheet.replace("'", "''") + "'!";
  }
}

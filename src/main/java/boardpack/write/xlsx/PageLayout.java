package boardpack.write.xlsx;

import boardpack.compute.PackHeader;
import boardpack.model.PageSize;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Print setup every sheet shares: landscape, one page wide, the table's header rows repeated, and
 * the organisation, period, confidentiality and page number in the header and footer.
 */
final class PageLayout {

  static final DateTimeFormatter MONTH_YEAR =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private PageLayout() {}

  /** {@code headerRow}: the table's header row, repeated on every printed page; -1 for none. */
  static void apply(Sheet sheet, PackHeader header, int headerRow) {
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setPaperSize(
        header.pageSize() == PageSize.LETTER
            ? PrintSetup.LETTER_PAPERSIZE
            : PrintSetup.A4_PAPERSIZE);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setMargin(Sheet.LeftMargin, 0.4);
    sheet.setMargin(Sheet.RightMargin, 0.4);
    if (headerRow >= 0) {
      sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }
    sheet.getHeader().setLeft(escaped(header.organisation()));
    sheet.getHeader().setCenter(escaped(sheet.getSheetName()));
    sheet.getHeader().setRight(escaped(header.period().format(MONTH_YEAR)));
    sheet.getFooter().setLeft(escaped(header.confidentiality()));
    sheet.getFooter().setRight("Page &P of &N");
  }

  // In header and footer text & starts a code (&P is the page number); a literal one is doubled.
  static String escaped(String text) {
    return text.replace("&", "&&");
  }
}

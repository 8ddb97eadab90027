package boardpack.write.pdf;

import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The contents page: every heading with its page, the same entries as the bookmarks. It is laid out
 * after the body, whose headings it lists, and moved to follow the cover (BoardPackPdf).
 */
final class Contents {

  private Contents() {}

  static void add(PackDocument pack, List<ContentsEntry> entries) {
    PackStyle style = pack.style();
    pack.pageTitle(style.label("section.contents"));
    PdfPTable table = pack.table(new float[] {12, 1}, 0);
    for (int i = 0; i < entries.size(); i++) {
      ContentsEntry entry = entries.get(i);
      Font font = entry.level() == 1 ? style.bodyBold() : style.body();
      Chunk title = new Chunk(entry.title(), font);
      title.setLocalGoto(PageFrame.HEADING_TAG + i);
      PdfPCell name = pack.cell(new Phrase(title), Element.ALIGN_LEFT);
      name.setPaddingLeft(entry.level() == 1 ? 3 : 18);
      table.addCell(name);
      table.addCell(pack.cell(Integer.toString(entry.page()), font, Element.ALIGN_RIGHT));
    }
    pack.add(table);
  }
}

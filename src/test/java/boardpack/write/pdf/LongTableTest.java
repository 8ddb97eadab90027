package boardpack.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A table laid out in parts breaks its pages where the whole table does. Parts of one row each end
 * a page at every height there is, so any page break the parts moved would show.
 */
class LongTableTest {

  private static final int ROWS = 150;

  @Test
  void inParts_breaksPagesWhereTheWholeTableDoes() throws Exception {
    List<String> whole = pages(pack -> wholeTable(pack, false));
    List<String> parts = pages(pack -> tableInParts(pack, 1, false));

    assertTrue(whole.size() >= 4, "the table takes several pages, got " + whole.size());
    assertEquals(whole, parts);
  }

  @Test
  void inParts_withShadedRows_breaksPagesWhereTheWholeTableDoes() throws Exception {
    assertEquals(pages(pack -> wholeTable(pack, true)), pages(p -> tableInParts(p, 7, true)));
  }

  @Test
  void inParts_repeatsTheHeaderAtTheTopOfEveryPage_andNowhereElse() throws Exception {
    List<String> pages = pages(pack -> tableInParts(pack, 1, false));

    for (int page = 1; page <= pages.size(); page++) {
      String text = pages.get(page - 1);
      int headers = text.split("Measure heading", -1).length - 1;
      assertEquals(1, headers, "page " + page + ":\n" + text);
    }
    assertTrue(pages.getLast().contains("Row " + (ROWS - 1) + "\n"), pages.getLast());
    assertTrue(pages.getLast().contains("After the table"), pages.getLast());
  }

  private static void wholeTable(PackDocument pack, boolean shaded) {
    PdfPTable table = table(pack);
    for (int i = 0; i < ROWS; i++) {
      row(pack, table, i, shaded);
    }
    pack.add(table);
    pack.paragraph("After the table");
  }

  private static void tableInParts(PackDocument pack, int rowsPerPart, boolean shaded) {
    PdfPTable table = table(pack);
    LongTable parts = new LongTable(pack, table, rowsPerPart);
    for (int i = 0; i < ROWS; i++) {
      if (shaded && i % 3 == 0) {
        parts.nextShadedRow();
      } else {
        parts.nextRow();
      }
      row(pack, table, i, shaded);
    }
    parts.end();
    pack.paragraph("After the table");
  }

  /** A heading first, so the document's line is a paragraph's when the table starts. */
  private static PdfPTable table(PackDocument pack) {
    pack.paragraph("Before the table");
    PdfPTable table = pack.table(new float[] {3, 1}, 1);
    table.addCell(pack.headerCell("Measure heading", Element.ALIGN_LEFT));
    table.addCell(pack.headerCell("Value", Element.ALIGN_RIGHT));
    return table;
  }

  /** Rows one to four lines tall, so parts end at many heights above the page's foot. */
  private static void row(PackDocument pack, PdfPTable table, int i, boolean shaded) {
    String name = "Row " + i + "\nmore".repeat(i % 4);
    var cell = pack.cell(name, pack.style().body(), Element.ALIGN_LEFT);
    var value = pack.cell(Integer.toString(i), pack.style().body(), Element.ALIGN_RIGHT);
    if (shaded && i % 3 == 0) {
      PackDocument.shaded(cell, pack.style().palette().zebra());
      PackDocument.shaded(value, pack.style().palette().zebra());
    }
    table.addCell(cell);
    table.addCell(value);
  }

  private static List<String> pages(Consumer<PackDocument> content) throws Exception {
    Template template = Template.builtIn();
    PackStyle style = new PackStyle(template, PackFonts.of(template));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 62, 56);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    PageFrame frame = new PageFrame(style, "", "");
    document.open();
    content.accept(new PackDocument(document, writer, frame, style));
    document.close();
    try (PDDocument pdf = PdfText.load(out.toByteArray())) {
      return PdfText.pages(pdf);
    }
  }
}

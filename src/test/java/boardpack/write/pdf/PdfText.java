package boardpack.write.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** A board pack read back with PDFBox, an independent reader: text per page, bookmarks, fonts. */
final class PdfText {

  /** A bookmark: its depth (1 for a section), title and the page it opens (1-based). */
  record Bookmark(int level, String title, int page) {}

  private PdfText() {}

  static List<String> pages(PDDocument pdf) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    List<String> pages = new ArrayList<>();
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      pages.add(stripper.getText(pdf).replace('\u00A0', ' ')); // the pack joins marks to words
    }
    return pages;
  }

  static List<Bookmark> bookmarks(PDDocument pdf) throws IOException {
    List<Bookmark> bookmarks = new ArrayList<>();
    for (PDOutlineItem section : pdf.getDocumentCatalog().getDocumentOutline().children()) {
      bookmarks.add(bookmark(pdf, section, 1));
      for (PDOutlineItem part : section.children()) {
        bookmarks.add(bookmark(pdf, part, 2));
      }
    }
    return bookmarks;
  }

  private static Bookmark bookmark(PDDocument pdf, PDOutlineItem item, int level)
      throws IOException {
    PDPageDestination destination = (PDPageDestination) item.getDestination();
    int page = pdf.getPages().indexOf(destination.getPage()) + 1;
    return new Bookmark(level, item.getTitle(), page);
  }

  /** Every font used on any page or in any chart drawn on it. */
  static List<PDFont> fonts(PDDocument pdf) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (PDPage page : pdf.getPages()) {
      collect(page.getResources(), fonts, 0);
    }
    return fonts;
  }

  private static void collect(PDResources resources, List<PDFont> fonts, int depth)
      throws IOException {
    if (resources == null || depth > 5) {
      return;
    }
    for (var name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (var name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject form) {
        collect(form.getResources(), fonts, depth + 1);
      }
    }
  }

  /** Text with every run of white space removed, to find words a line break split. */
  static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  static PDDocument load(byte[] bytes) throws IOException {
    return Loader.loadPDF(bytes);
  }
}

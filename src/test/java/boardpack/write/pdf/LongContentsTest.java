package boardpack.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Letter pack in 26-point body type under 40-point headings, so its contents takes two pages: the
 * contents is laid out after the body and moved behind the cover, and every number in it, every
 * link from it and every footer's "Page X of Y" must still name the page the reader finds.
 */
class LongContentsTest {

  private static final int KPIS = 12;

  @TempDir static Path folder;
  private static PDDocument pdf;
  private static List<String> pages;
  private static List<PdfText.Bookmark> bookmarks;

  @BeforeAll
  static void writeAndReadBack() throws Exception {
    Files.writeString(folder.resolve("theme.properties"), "size.body = 26\nsize.heading = 40\n");
    PackPlans plans = PackPlans.organisation("Tall Type Ltd").letter();
    for (int i = 1; i <= KPIS; i++) {
      plans.kpi("K" + i, "Measure " + i, "", 100, 80); // all red: 80 against 100 is 0.8 < 0.9
    }
    byte[] bytes = plans.pdf(Template.load(folder));
    Files.write(Path.of("target", "long-contents-board-pack.pdf"), bytes); // left to look at
    pdf = PdfText.load(bytes);
    pages = PdfText.pages(pdf);
    bookmarks = PdfText.bookmarks(pdf);
  }

  @AfterAll
  static void close() throws Exception {
    pdf.close();
  }

  @Test
  void contents_takesThePagesAfterTheCover_andTheBodyFollowsIt() {
    assertTrue(pages.get(1).lines().anyMatch(l -> l.strip().equals("Contents")), pages.get(1));
    assertEquals("Executive summary", bookmarks.getFirst().title());
    assertEquals(4, bookmarks.getFirst().page(), "two contents pages, then the body");
  }

  @Test
  void contents_givesEachHeadingThePageItsBookmarkOpens() {
    List<String> contents = new ArrayList<>();
    Pattern entry = Pattern.compile("(?m)^(.+?) (\\d+)$");
    for (int page = 2; page < bookmarks.getFirst().page(); page++) {
      Matcher line = entry.matcher(pages.get(page - 1));
      while (line.find()) {
        if (!line.group(0).contains("Page " + page + " of")) { // the footer
          contents.add(line.group(1).strip() + " " + line.group(2));
        }
      }
    }

    List<String> expected = bookmarks.stream().map(b -> b.title() + " " + b.page()).toList();
    assertEquals(expected, contents);
    assertTrue(expected.size() > 15, "enough headings to fill two pages: " + expected);
  }

  @Test
  void contents_linksEachHeadingToThePageItsBookmarkOpens() throws Exception {
    List<Integer> targets = new ArrayList<>();
    for (int page = 2; page < bookmarks.getFirst().page(); page++) {
      for (PDAnnotation annotation : pdf.getPage(page - 1).getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link
            && link.getAction() instanceof PDActionGoTo goTo
            && goTo.getDestination() instanceof PDPageDestination destination) {
          targets.add(pdf.getPages().indexOf(destination.getPage()) + 1);
        }
      }
    }

    assertEquals(bookmarks.stream().map(PdfText.Bookmark::page).toList(), targets);
  }

  @Test
  void everyPageButTheCover_saysItsPageOfTheCount() {
    int total = pages.size();

    assertFalse(pages.getFirst().contains("Page 1 of"), pages.getFirst());
    for (int page = 2; page <= total; page++) {
      assertTrue(
          pages.get(page - 1).contains("Page " + page + " of " + total),
          "page " + page + ":\n" + pages.get(page - 1));
    }
    assertTrue(pages.getLast().contains("Page " + total + " of " + total), pages.getLast());
  }

  @Test
  void bookmarks_openPagesThatShowTheirHeading() {
    for (PdfText.Bookmark bookmark : bookmarks) {
      String page = PdfText.squeezed(pages.get(bookmark.page() - 1));
      assertTrue(page.contains(PdfText.squeezed(bookmark.title())), bookmark.toString());
    }
  }
}

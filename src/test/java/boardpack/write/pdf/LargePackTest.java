package boardpack.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A 300-KPI plan: the body stays short and the full table flows through the appendix. */
class LargePackTest {

  private static final int KPIS = 300;
  private static List<String> pages;
  private static List<PdfText.Bookmark> bookmarks;

  @BeforeAll
  static void writeLargePack() throws Exception {
    PackPlans plans = PackPlans.organisation("Big Co");
    for (int i = 1; i <= KPIS; i++) {
      // every 10th KPI red: 80 against 100 is 0.8 < 0.9
      plans.kpi("K" + i, "Measure number " + i, "", 100, i % 10 == 0 ? 80 : 105);
    }
    byte[] bytes = plans.pdf();
    Files.write(Path.of("target", "large-board-pack.pdf"), bytes); // left to look at
    try (PDDocument pdf = PdfText.load(bytes)) {
      pages = PdfText.pages(pdf);
      bookmarks = PdfText.bookmarks(pdf);
    }
  }

  @Test
  void fullTable_movesToTheAppendix() {
    List<String> sections =
        bookmarks.stream().filter(b -> b.level() == 1).map(PdfText.Bookmark::title).toList();

    assertFalse(sections.contains("KPI scorecard"), sections.toString());
    assertTrue(
        bookmarks.stream().anyMatch(b -> b.title().equals("KPI scorecard, all KPIs")),
        bookmarks.toString());
  }

  @Test
  void fullTable_hasEveryKpi_andItsHeaderOnEveryPage() {
    int start = page("KPI scorecard, all KPIs");
    int end = page("Notes and data quality");
    StringBuilder table = new StringBuilder();
    for (int page = start; page <= end; page++) {
      String text = pages.get(page - 1);
      assertTrue(text.contains("Last 13 months"), "header on page " + page);
      table.append(text).append('\n');
    }
    for (int i = 1; i <= KPIS; i++) {
      assertTrue(table.toString().contains("Measure number " + i + "\n"), "KPI " + i);
    }
    assertTrue(end - start >= 5, "300 rows take several pages, got " + (end - start + 1));
  }

  @Test
  void detailBlocks_areFewWithASayOfHowMany() {
    long details =
        bookmarks.stream()
            .filter(b -> b.level() == 2 && b.title().startsWith("Measure number"))
            .count();
    String detail = pages.get(page("KPI detail") - 1);

    assertEquals(5, details);
    // the 30 red KPIs matter most
    assertTrue(detail.contains("Detail for 5 of the 30 KPIs that matter most"), detail);
  }

  @Test
  void executiveSummary_staysOnOnePage_sayingHowManyMore() {
    int summary = page("Executive summary");

    assertEquals(summary + 1, page("Dashboard"));
    assertTrue(pages.get(summary - 1).contains("more"), pages.get(summary - 1));
  }

  private static int page(String title) {
    return bookmarks.stream()
        .filter(b -> b.title().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no bookmark " + title + " in " + bookmarks))
        .page();
  }

  @Test
  void dashboard_showsAtMostTenKpis() {
    String dashboard = pages.get(page("Dashboard") - 1);

    long rows = dashboard.lines().filter(line -> line.startsWith("Measure number")).count();
    assertEquals(10, rows, dashboard);
  }
}

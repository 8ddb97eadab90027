package boardpack.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.compute.PackView;
import boardpack.compute.ScorecardEngine;
import boardpack.read.PlanReader;
import boardpack.read.PlanReading;
import boardpack.read.ReadOptions;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Northwind sample's board pack read back with PDFBox. Figures worked out by hand from the
 * sample (SamplePlanEndToEndTest has the arithmetic); the file is left in target/ to look at.
 */
class SamplePackTest {

  private static final Path PLAN = Path.of("sample-data", "northwind-plan.xlsx");
  private static final Path LEDGER = Path.of("sample-data", "northwind-ledger.csv");
  private static final Path PDF = Path.of("target", "sample-board-pack.pdf");
  private static final String ORGANISATION = "Northwind Coffee Roasters";
  private static final String PERIOD = "October 2026";
  private static final String CONFIDENTIAL = "Confidential – Board use only";

  private static PDDocument pdf;
  private static List<String> pages;
  private static List<PdfText.Bookmark> bookmarks;

  @BeforeAll
  static void writeAndReadBack() throws Exception {
    PlanReading reading = PlanReader.read(PLAN, new ReadOptions(List.of(LEDGER), false));
    assertFalse(reading.hasErrors(), () -> "sample plan has errors: " + reading.errors());
    var scorecard = ScorecardEngine.compute(reading.plan().orElseThrow(), YearMonth.of(2026, 10));
    try (OutputStream out = Files.newOutputStream(PDF)) {
      BoardPackPdf.write(PackView.of(scorecard, reading.warnings()), Template.builtIn(), out);
    }
    pdf = PdfText.load(Files.readAllBytes(PDF));
    pages = PdfText.pages(pdf);
    bookmarks = PdfText.bookmarks(pdf);
  }

  @AfterAll
  static void close() throws Exception {
    pdf.close();
  }

  @Test
  void sections_comeInTheSpecsOrder() {
    List<String> sections =
        bookmarks.stream().filter(b -> b.level() == 1).map(PdfText.Bookmark::title).toList();

    assertEquals(
        List.of(
            "Executive summary",
            "Dashboard",
            "Objectives",
            "KPI scorecard",
            "KPI detail",
            "Leading indicators",
            "Appendix"),
        sections);
  }

  @Test
  void contents_listsTheBookmarksWithTheirPages() {
    List<String> contents = new ArrayList<>();
    Matcher line = Pattern.compile("(?m)^(.+?) (\\d+)$").matcher(pages.get(1));
    while (line.find()) {
      if (line.group(0).contains("Page 2 of")) {
        continue; // the footer
      }
      contents.add(line.group(1).strip() + " " + line.group(2));
    }

    List<String> expected = bookmarks.stream().map(b -> b.title() + " " + b.page()).toList();
    assertEquals(expected, contents);
  }

  @Test
  void contents_linksEveryEntryToItsPage() throws Exception {
    long links =
        pdf.getPage(1).getAnnotations().stream().filter(a -> a instanceof PDAnnotationLink).count();

    assertEquals(bookmarks.size(), links);
  }

  @Test
  void cover_saysWhoWhenAndHowConfidential_withoutAPageNumber() {
    String cover = pages.get(0);

    assertTrue(cover.contains(ORGANISATION), cover);
    assertTrue(cover.contains("Board pack"), cover);
    assertTrue(cover.contains(PERIOD), cover);
    assertTrue(cover.contains(CONFIDENTIAL), cover);
    assertFalse(cover.contains("Page 1"), cover);
  }

  @Test
  void everyOtherPage_hasOrganisationPeriodConfidentialityAndPageXofY() {
    int total = pages.size();
    for (int page = 2; page <= total; page++) {
      String text = pages.get(page - 1);
      assertTrue(text.contains(ORGANISATION), "page " + page);
      assertTrue(text.contains(PERIOD), "page " + page);
      assertTrue(text.contains(CONFIDENTIAL), "page " + page);
      assertTrue(text.contains("Page " + page + " of " + total), "page " + page);
    }
  }

  @Test
  void executiveSummary_isOnePage_withHeadlineAttentionCommentaryAndWords() {
    int summary = page("Executive summary");
    String text = pages.get(summary - 1);

    assertEquals(summary + 1, page("Dashboard"), "the dashboard follows the one summary page");
    // 16 KPIs in the sample; Roasting waste is red in October (3.8% against 3.0%, lower is better)
    assertTrue(text.contains("16 KPIs"), text);
    assertTrue(text.contains("Needs your attention"), text);
    assertTrue(text.contains("Roasting waste is off track this month"), text);
    assertTrue(text.contains("Two new café accounts went live mid-month"), text);
    assertTrue(text.contains("Revenue is 4.0% above target this month"), text);
  }

  @Test
  void dashboard_showsRevenueFiguresAndStatusAsShapeAndWord() {
    String text = pages.get(page("Dashboard") - 1);

    // REV: actual 104,000 (ledger) against 1,200,000 / 12 = 100,000; (104,000 - 100,000) / 100,000
    assertTrue(text.contains("£104,000"), text);
    assertTrue(text.contains("£100,000"), text);
    assertTrue(text.contains("+4.0%"), text);
    assertTrue(text.contains("● On track"), text);
    assertTrue(text.contains("▼ Off track"), text);
  }

  @Test
  void objectives_showKeyResultsUnderTheirObjective() {
    String text = PdfText.squeezed(pages.get(page("Objectives") - 1));

    assertTrue(text.contains(PdfText.squeezed("Grow a profitable coffee brand")), text);
    assertTrue(text.contains(PdfText.squeezed("Reach £1.2m revenue this financial year")), text);
  }

  @Test
  void scorecardTable_listsEveryKpi() {
    String text = pages.get(page("KPI scorecard") - 1);

    for (String id : List.of("REV", "GM", "OPEX", "CASH", "DSO", "INV", "CALLS", "NEWREV")) {
      assertTrue(text.contains(id), id);
    }
  }

  @Test
  void leadingIndicators_showPairsAndEarlyWarning() {
    String text = pages.get(page("Leading indicators") - 1);

    assertTrue(text.contains("Sales calls to cafés"), text);
    assertTrue(text.contains("early warning"), text);
  }

  @Test
  void fonts_areAllEmbedded_noStandardFontLeft() throws Exception {
    List<PDFont> fonts = PdfText.fonts(pdf);

    assertFalse(fonts.isEmpty());
    for (PDFont font : fonts) {
      assertTrue(font.isEmbedded(), font.getName());
      assertFalse(font.isStandard14(), font.getName());
      assertTrue(font.getName().contains("LiberationSans"), font.getName());
    }
  }

  @Test
  void charts_areVectorForms_notPictures() throws Exception {
    int forms = 0;
    for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
      PDResources resources = pdf.getPage(page - 1).getResources();
      for (COSName name : resources.getXObjectNames()) {
        assertTrue(
            resources.getXObject(name) instanceof PDFormXObject, "page " + page + " " + name);
        forms++;
      }
    }
    // at least the dashboard's 8 bullet graphs and 8 sparklines
    assertTrue(forms >= 16, "forms " + forms);
  }

  @Test
  void metadata_andVersion_areSet() {
    PDDocumentInformation info = pdf.getDocumentInformation();

    assertEquals(ORGANISATION + " – Board pack – " + PERIOD, info.getTitle());
    assertEquals(ORGANISATION, info.getAuthor());
    assertEquals(PERIOD, info.getSubject());
    assertTrue(info.getCreationDate() != null);
    assertEquals(1.7f, pdf.getVersion());
  }

  @Test
  void qpdfCheck_findsNoProblem() throws Exception {
    Process qpdf;
    try {
      qpdf =
          new ProcessBuilder("qpdf", "--check", PDF.toString()).redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      Assumptions.assumeTrue(false, "qpdf is not installed (CI installs it)");
      return;
    }
    String report = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertEquals(0, qpdf.waitFor(), report);
    assertTrue(report.contains("No syntax or stream encoding errors found"), report);
  }

  @Test
  void samplePack_isWellUnderTwoMegabytes() throws Exception {
    assertTrue(Files.size(PDF) < 500_000, "size " + Files.size(PDF));
  }

  private static int page(String section) {
    return bookmarks.stream()
        .filter(b -> b.title().equals(section))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no bookmark " + section))
        .page();
  }
}

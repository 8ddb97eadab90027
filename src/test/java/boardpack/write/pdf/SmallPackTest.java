package boardpack.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.compute.PackView;
import boardpack.compute.Scope;
import boardpack.model.Problem;
import boardpack.model.Source;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** Board packs of small plans built in code: names, currencies, page size, sections left out. */
class SmallPackTest {

  private static final String ACCENTED = "Société Générale d'Études Œuvre Ångström";
  private static final String LONG_NAME =
      "Share of wholesale orders delivered complete and on time to cafés in the Greater"
          + " Manchester area, measured weekly by van"; // 120 characters (asserted below)

  @Test
  void accentedOrganisation_andEuro_printAsWritten_inEmbeddedFonts() throws Exception {
    byte[] bytes =
        PackPlans.organisation(ACCENTED).kpi("REV", "Umsatz Köln", "EUR", 1000, 1250).pdf();
    Files.write(Path.of("target", "accented-board-pack.pdf"), bytes); // left to look at

    try (PDDocument pdf = PdfText.load(bytes)) {
      List<String> pages = PdfText.pages(pdf);
      // a long name wraps on the cover, so compare without the line break
      assertTrue(PdfText.squeezed(pages.get(0)).contains(PdfText.squeezed(ACCENTED)), pages.get(0));
      String all = String.join("\n", pages);
      assertTrue(all.contains("Umsatz Köln"), all);
      // actual 1,250 against target 1,000: (1,250 - 1,000) / 1,000 = +25.0%
      assertTrue(all.contains("€1,250"), all);
      assertTrue(all.contains("€1,000"), all);
      assertTrue(all.contains("+25.0%"), all);
      assertEquals(ACCENTED, pdf.getDocumentInformation().getAuthor());
      for (PDFont font : PdfText.fonts(pdf)) {
        assertTrue(font.isEmbedded(), font.getName());
      }
    }
  }

  @Test
  void kpiNameOf120Characters_wrapsAndIsPrintedWhole() throws Exception {
    assertEquals(120, LONG_NAME.length());
    byte[] bytes = PackPlans.organisation("Acme").kpi("OTIF", LONG_NAME, "%", 0.95, 0.9).pdf();

    try (PDDocument pdf = PdfText.load(bytes)) {
      String all = PdfText.squeezed(String.join("\n", PdfText.pages(pdf)));
      assertTrue(all.contains(PdfText.squeezed(LONG_NAME)), all);
    }
  }

  @Test
  void planWithoutOkrs_leavesOutTheObjectivesSection() throws Exception {
    // 80 against 100 is red, so Revenue matters most and gets a detail block
    byte[] bytes = PackPlans.organisation("Acme").kpi("REV", "Revenue", "USD", 100, 80).pdf();

    try (PDDocument pdf = PdfText.load(bytes)) {
      List<String> sections =
          PdfText.bookmarks(pdf).stream()
              .filter(b -> b.level() == 1)
              .map(PdfText.Bookmark::title)
              .toList();
      assertEquals(
          List.of(
              "Executive summary",
              "Dashboard",
              "KPI scorecard",
              "KPI detail",
              "Leading indicators",
              "Appendix"),
          sections);
      assertFalse(String.join("\n", PdfText.pages(pdf)).contains("Objective scores"));
    }
  }

  @Test
  void letterPageSize_fromSettings_givesLetterPages() throws Exception {
    byte[] bytes = PackPlans.organisation("Acme").letter().kpi("REV", "Revenue", "", 10, 9).pdf();

    try (PDDocument pdf = PdfText.load(bytes)) {
      // US Letter is 8.5 x 11 inches: 612 x 792 points
      assertEquals(612, pdf.getPage(0).getMediaBox().getWidth(), 0.5);
      assertEquals(792, pdf.getPage(0).getMediaBox().getHeight(), 0.5);
    }
  }

  @Test
  void appendix_listsWarningsWithTheirCells() throws Exception {
    PackPlans plans = PackPlans.organisation("Acme").kpi("REV", "Revenue", "", 100, 80);
    Problem warning =
        Problem.warning(Source.cell("test.xlsx", "Actuals", 6, 3), "the value was restated");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BoardPackPdf.write(plans.view(List.of(warning)), Template.builtIn(), out);

    try (PDDocument pdf = PdfText.load(out.toByteArray())) {
      List<String> pages = PdfText.pages(pdf);
      String last = pages.get(pages.size() - 1);
      // row 6, column 3 (0-based) is cell D7
      assertTrue(last.contains("Actuals!D7"), last);
      assertTrue(last.contains("the value was restated"), last);
    }
  }

  @Test
  void appendix_namesANoteAsANote_notAsAWarning() throws Exception {
    PackPlans plans = PackPlans.organisation("Acme").kpi("REV", "Revenue", "", 100, 80);
    Problem note = Problem.note(Source.cell("test.xlsx", "KPIs", 4, 4), "direction is blank");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BoardPackPdf.write(plans.view(List.of(note)), Template.builtIn(), out);

    try (PDDocument pdf = PdfText.load(out.toByteArray())) {
      List<String> pages = PdfText.pages(pdf);
      String last = pages.get(pages.size() - 1);
      // row 4, column 4 (0-based) is cell E5
      assertTrue(last.contains("KPIs!E5 Note direction is blank"), last);
      assertFalse(last.contains("Warning"), last);
    }
  }

  @Test
  void extremeAndMissingFigures_stillMakeAReadablePack() throws Exception {
    byte[] bytes =
        PackPlans.organisation("Edge Ltd")
            .unreported("NONE", "Never reported")
            .kpi("HUGE", "Huge amounts", "USD", 2e300, 1e300) // red: gets a detail chart
            .kpi("NEG", "Net cash flow", "GBP", -500, -800)
            .kpi("ZERO", "Zero target", "", 0, 5)
            .pdf();

    try (PDDocument pdf = PdfText.load(bytes)) {
      String all = String.join("\n", PdfText.pages(pdf));
      assertTrue(all.contains("Never reported"), all);
      assertTrue(all.contains("○ No data"), all);
      assertTrue(all.contains("The figures are too large to chart"), all);
      // -800 against -500 prints with a true minus sign, the currency symbol after it
      assertTrue(all.contains("\u2212£800.00"), all);
    }
  }

  @Test
  void nameTheFontCannotPrint_isAnErrorNamingCharacterAndPlace_notABlank() throws Exception {
    PackPlans plans = PackPlans.organisation("Acme").kpi("TOKYO", "東京 revenue", "", 10, 9);

    TemplateException e = assertThrows(TemplateException.class, plans::pdf);

    assertEquals(
        "the board pack's font has no \"東\" (U+6771) for KPI TOKYO; give a template whose"
            + " font.regular and font.bold cover it (--template DIR)",
        e.getMessage());
  }

  @Test
  void planWithNoKpis_stillMakesAPackThatSaysSo() throws Exception {
    byte[] bytes = PackPlans.organisation("Empty Ltd").pdf();

    try (PDDocument pdf = PdfText.load(bytes)) {
      String all = String.join("\n", PdfText.pages(pdf));
      assertTrue(all.contains("0 KPIs"), all);
      assertTrue(all.contains("No KPI is marked for the board"), all);
    }
  }

  @Test
  void packForAnOwner_saysWhoseItIsOnTheCover() throws Exception {
    PackView view =
        PackPlans.organisation("Acme")
            .kpi("REV", "Revenue", "", 100, 80)
            .view()
            .forScope(new Scope.Owner("Owner 0"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BoardPackPdf.write(view, Template.builtIn(), out);

    try (PDDocument pdf = PdfText.load(out.toByteArray())) {
      String cover = PdfText.pages(pdf).get(0);
      assertTrue(cover.contains("Prepared for Owner 0"), cover);
    }
  }
}

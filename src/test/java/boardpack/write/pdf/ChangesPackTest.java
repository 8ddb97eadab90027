package boardpack.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.compute.PackView;
import boardpack.compute.ScorecardEngine;
import boardpack.model.Id;
import boardpack.model.MeasureKind;
import boardpack.model.PreviousPack;
import boardpack.model.RecordedActual;
import boardpack.model.RecordedMeasure;
import boardpack.model.Status;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The executive summary's "What changed" section, read back with PDFBox. */
class ChangesPackTest {

  private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
  private static final int KPIS = 60;

  @Test
  void manyChanges_keepTheSummaryOnOnePage_sayingHowManyMore() throws Exception {
    // 60 KPIs at 80 against 100 every month: red. The September pack had each green, with January
    // at 90 and February to September at 80, so each KPI is one status change and one
    // restatement (January, 90 to 80): 120 changes.
    PackPlans plans = PackPlans.organisation("Acme");
    List<RecordedActual> actuals = new ArrayList<>();
    List<RecordedMeasure> kpis = new ArrayList<>();
    for (int i = 1; i <= KPIS; i++) {
      plans.kpi("K" + i, "Measure " + i, "USD", 100, 80);
      for (int month = 1; month <= 9; month++) {
        double value = month == 1 ? 90 : 80;
        actuals.add(new RecordedActual(Id.of("K" + i), YearMonth.of(2026, month), value, "test"));
      }
      kpis.add(new RecordedMeasure(MeasureKind.KPI, Id.of("K" + i), "Measure " + i, Status.GREEN));
    }
    PreviousPack september = new PreviousPack(SEPTEMBER, actuals, Map.of(MeasureKind.KPI, kpis));

    try (PDDocument pdf = PdfText.load(pdf(plans, september))) {
      List<String> pages = PdfText.pages(pdf);
      int summary = page(pdf, "Executive summary");
      assertEquals(summary + 1, page(pdf, "Dashboard"));
      String text = pages.get(summary - 1).replaceAll("\\s*\\R\\s*", " ");
      assertTrue(
          text.contains(
              "Since the September 2026 pack: status changes 60, measures added 0, measures"
                  + " removed 0, earlier actuals restated 60."),
          text);
      int shown = count(text, "went from On track to Off track") + count(text, "restated from");
      assertTrue(shown >= 1 && shown <= ChangesList.MOST_ITEMS, text);
      Matcher more = Pattern.compile("and (\\d+) more in the changes CSV").matcher(text);
      assertTrue(more.find(), text);
      assertEquals(2 * KPIS - shown, Integer.parseInt(more.group(1)), text);
    }
  }

  @Test
  void nothingChanged_saysSo() throws Exception {
    // One KPI at 100 against 100 (green), January to October 100 each, all as September had them.
    PackPlans plans = PackPlans.organisation("Acme").kpi("K1", "Revenue", "USD", 100, 100);
    List<RecordedActual> actuals = new ArrayList<>();
    for (int month = 1; month <= 9; month++) {
      actuals.add(new RecordedActual(Id.of("K1"), YearMonth.of(2026, month), 100, "test"));
    }
    PreviousPack september =
        new PreviousPack(
            SEPTEMBER,
            actuals,
            Map.of(
                MeasureKind.KPI,
                List.of(
                    new RecordedMeasure(MeasureKind.KPI, Id.of("K1"), "Revenue", Status.GREEN))));

    try (PDDocument pdf = PdfText.load(pdf(plans, september))) {
      String text =
          PdfText.pages(pdf).get(page(pdf, "Executive summary") - 1).replaceAll("\\s*\\R\\s*", " ");
      assertTrue(
          text.contains(
              "Nothing changed since the September 2026 pack: no status, no measure and no"
                  + " earlier month's actual."),
          text);
    }
  }

  private static byte[] pdf(PackPlans plans, PreviousPack earlier) throws Exception {
    PackView view =
        PackView.of(
            ScorecardEngine.compute(plans.plan(), PackPlans.PERIOD),
            List.of(),
            Optional.of(earlier));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BoardPackPdf.write(view, Template.builtIn(), out);
    return out.toByteArray();
  }

  private static int page(PDDocument pdf, String section) throws Exception {
    return PdfText.bookmarks(pdf).stream()
        .filter(b -> b.level() == 1 && b.title().equals(section))
        .findFirst()
        .orElseThrow()
        .page();
  }

  private static int count(String text, String phrase) {
    return text.split(Pattern.quote(phrase), -1).length - 1;
  }
}

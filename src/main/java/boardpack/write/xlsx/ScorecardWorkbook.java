package boardpack.write.xlsx;

import boardpack.model.KpiScore;
import boardpack.model.MonthPoint;
import boardpack.model.ObjectiveScore;
import boardpack.model.Problem;
import boardpack.model.Scorecard;
import boardpack.model.Settings;
import boardpack.write.OutputName;
import boardpack.write.StagedOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The scorecard workbook (outputs.md, the scorecard workbook): Summary, KPIs, OKRs, Trends,
 * Leading-Lagging and Data quality, streamed so a plan of thousands of KPIs is written in bounded
 * memory. It lays out the scorecard and computes no rule.
 */
public final class ScorecardWorkbook {

  /** Rows kept in memory per sheet; the rest are streamed to a compressed temporary file. */
  static final int ROW_WINDOW = 200;

  private ScorecardWorkbook() {}

  /** {@code <org>-<YYYY-MM>-scorecard.xlsx}. */
  public static String fileName(Scorecard scorecard) {
    return OutputName.stem(scorecard.plan().settings().organisation(), scorecard.period())
        + "-scorecard.xlsx";
  }

  /** Stages the workbook with a run's other outputs; {@code warnings}: the reader's warnings. */
  public static void stage(
      Scorecard scorecard, List<Problem> warnings, InputFiles inputs, StagedOutput output)
      throws IOException {
    output.write(fileName(scorecard), out -> write(scorecard, warnings, inputs, out));
  }

  /** Writes the workbook to {@code out}. */
  public static void write(
      Scorecard scorecard, List<Problem> warnings, InputFiles inputs, OutputStream out)
      throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
      workbook.setCompressTempFiles(true);
      new Layout(workbook, scorecard, inputs).write(allWarnings(scorecard, warnings));
      workbook.write(out);
    }
  }

  private static List<Problem> allWarnings(Scorecard scorecard, List<Problem> warnings) {
    return Stream.concat(warnings.stream(), scorecard.warnings().stream()).sorted().toList();
  }

  /** One workbook being laid out. */
  private record Layout(SXSSFWorkbook workbook, Scorecard scorecard, InputFiles inputs) {

    void write(List<Problem> warnings) {
      CellStyles styles = new CellStyles(workbook);
      SourceLinks links = new SourceLinks(workbook.getCreationHelper(), inputs);
      Settings settings = scorecard.plan().settings();
      String period = scorecard.period().format(PageLayout.MONTH_YEAR);
      String org = settings.organisation();
      List<OkrLine> okrs = OkrLine.of(scorecard);
      List<ObjectiveScore> cascade =
          okrs.stream().map(OkrLine::objective).flatMap(Optional::stream).toList();
      new SummarySheet(sheet(SummarySheet.NAME, styles, -1))
          .write(
              org + ": scorecard",
              period + " · " + settings.confidentiality(),
              SummaryContent.of(scorecard, cascade));
      new KpiSheet(sheet(KpiSheet.NAME, styles, KpiSheet.HEADER_ROW), links)
          .write("KPIs, " + period, KpiLine.of(scorecard));
      new OkrSheet(sheet(OkrSheet.NAME, styles, OkrSheet.HEADER_ROW), scorecard.plan().kpisById())
          .write("Objectives and key results, " + period, okrs);
      trends(styles, period);
      new LeadLagSheet(sheet(LeadLagSheet.NAME, styles, LeadLagSheet.HEADER_ROW))
          .write("Leading and lagging indicators, " + period, scorecard.pairs(), scorecard.plan().kpisById());
      new DataQualitySheet(sheet(DataQualitySheet.NAME, styles, DataQualitySheet.HEADER_ROW), links)
          .write("Data quality, " + period, warnings);
      properties(org, period);
    }

    private void trends(CellStyles styles, String period) {
      SheetWriter writer = sheet(TrendSheet.NAME, styles, TrendSheet.HEADER_ROW);
      TrendCharts charts =
          new TrendCharts(workbook.getXSSFWorkbook().getSheet(TrendSheet.NAME));
      new TrendSheet(writer, charts)
          .write("Trends, " + period, months(), scorecard.kpis(), MattersMost.of(scorecard));
    }

    private List<YearMonth> months() {
      List<KpiScore> kpis = scorecard.kpis();
      if (!kpis.isEmpty()) {
        return kpis.get(0).history().stream().map(MonthPoint::month).toList();
      }
      List<YearMonth> months = new ArrayList<>();
      for (int back = TrendSheet.MONTHS - 1; back >= 0; back--) {
        months.add(scorecard.period().minusMonths(back));
      }
      return months;
    }

    private SheetWriter sheet(String name, CellStyles styles, int headerRow) {
      SXSSFSheet sheet = workbook.createSheet(name);
      PageLayout.apply(sheet, scorecard.plan().settings(), scorecard.period(), headerRow);
      return new SheetWriter(sheet, styles);
    }

    private void properties(String org, String period) {
      POIXMLProperties.CoreProperties core =
          workbook.getXSSFWorkbook().getProperties().getCoreProperties();
      core.setTitle(org + " scorecard, " + period);
      core.setCreator(org);
      core.setSubjectProperty(period);
      core.setDescription("Written by boardpack from " + scorecard.plan().file());
    }
  }
}

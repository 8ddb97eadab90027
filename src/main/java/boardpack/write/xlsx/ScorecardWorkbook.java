package boardpack.write.xlsx;

import boardpack.compute.PackHeader;
import boardpack.compute.PackView;
import boardpack.model.KpiScore;
import boardpack.model.MonthPoint;
import boardpack.model.Scorecard;
import boardpack.write.OutputName;
import boardpack.write.StagedOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The scorecard workbook (outputs.md, the scorecard workbook): Summary, KPIs, OKRs, Trends,
 * Leading-Lagging, Data quality and Changes (since the earlier pack), laid out from the pack view
 * and streamed, so a plan of thousands of KPIs is written in bounded memory. It computes no rule.
 */
public final class ScorecardWorkbook {

  /** Rows kept in memory per sheet; the rest are streamed to a compressed temporary file. */
  static final int ROW_WINDOW = 200;

  private ScorecardWorkbook() {}

  /** {@code <org>-<YYYY-MM>-scorecard.xlsx}. */
  public static String fileName(PackView view) {
    return OutputName.stem(view.header().organisation(), view.header().period())
        + "-scorecard.xlsx";
  }

  /** Stages the workbook with a run's other outputs, moved into place with them. */
  public static void stage(PackView view, InputFiles inputs, StagedOutput output)
      throws IOException {
    output.write(fileName(view), out -> write(view, inputs, out));
  }

  /** Writes the workbook to {@code out}; {@code inputs} lets sources link to their files. */
  public static void write(PackView view, InputFiles inputs, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
      workbook.setCompressTempFiles(true);
      new Layout(workbook, view, inputs).write();
      workbook.write(out);
    }
  }

  /** One workbook being laid out. */
  private record Layout(SXSSFWorkbook workbook, PackView view, InputFiles inputs) {

    void write() {
      CellStyles styles = new CellStyles(workbook);
      SourceLinks links = new SourceLinks(workbook.getCreationHelper(), inputs);
      PackHeader header = view.header();
      String period = header.period().format(PageLayout.MONTH_YEAR);
      new SummarySheet(
              sheet(SummarySheet.NAME, styles, -1),
              new SummaryTables(workbook.getXSSFWorkbook().getSheet(SummarySheet.NAME)),
              links)
          .write(
              header.organisation() + ": scorecard",
              period + " · " + header.confidentiality(),
              view);
      new KpiSheet(sheet(KpiSheet.NAME, styles, KpiSheet.HEADER_ROW), links)
          .write("KPIs, " + period, view.kpis());
      new OkrSheet(sheet(OkrSheet.NAME, styles, OkrSheet.HEADER_ROW))
          .write("Objectives and key results, " + period, view.objectives());
      SheetWriter trends = sheet(TrendSheet.NAME, styles, TrendSheet.HEADER_ROW);
      new TrendSheet(trends, new TrendCharts(workbook.getXSSFWorkbook().getSheet(TrendSheet.NAME)))
          .write("Trends, " + period, months(view.scorecard()), view.kpis(), view.mattersMost());
      new LeadLagSheet(sheet(LeadLagSheet.NAME, styles, LeadLagSheet.HEADER_ROW))
          .write("Leading and lagging indicators, " + period, view.pairs());
      new DataQualitySheet(sheet(DataQualitySheet.NAME, styles, DataQualitySheet.HEADER_ROW), links)
          .write("Data quality, " + period, view.problems());
      new ChangesSheet(sheet(ChangesSheet.NAME, styles, ChangesSheet.HEADER_ROW), links)
          .write("What changed, " + period, view.changes()); // since the earlier pack's record
      properties(header.organisation(), period, header.planFile());
    }

    // The 13 months every KPI's history covers, oldest first.
    private static List<YearMonth> months(Scorecard scorecard) {
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
      PageLayout.apply(sheet, view.header(), headerRow);
      return new SheetWriter(sheet, styles);
    }

    private void properties(String organisation, String period, String planFile) {
      POIXMLProperties.CoreProperties core =
          workbook.getXSSFWorkbook().getProperties().getCoreProperties();
      core.setTitle(organisation + " scorecard, " + period);
      core.setCreator(organisation);
      core.setSubjectProperty(period);
      core.setDescription("Written by boardpack from " + planFile);
    }
  }
}

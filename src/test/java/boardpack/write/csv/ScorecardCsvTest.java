package boardpack.write.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.compute.PackView;
import boardpack.model.Aggregation;
import boardpack.model.CarryForward;
import boardpack.model.Direction;
import boardpack.model.Figure;
import boardpack.model.Frequency;
import boardpack.model.Id;
import boardpack.model.Indicator;
import boardpack.model.KeyResult;
import boardpack.model.KeyResultScore;
import boardpack.model.KeyResultType;
import boardpack.model.Kpi;
import boardpack.model.KpiScore;
import boardpack.model.LeadLagPair;
import boardpack.model.Measure;
import boardpack.model.Metric;
import boardpack.model.Objective;
import boardpack.model.ObjectiveScore;
import boardpack.model.Outlook;
import boardpack.model.Plan;
import boardpack.model.Scorecard;
import boardpack.model.Settings;
import boardpack.model.Source;
import boardpack.model.Status;
import boardpack.model.Strength;
import boardpack.model.Trend;
import boardpack.model.TrendDirection;
import boardpack.model.Unit;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-built scorecards written and read back with Commons CSV; the writer only formats. */
class ScorecardCsvTest {

  private static final Source HERE = Source.file("plan.xlsx");
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
  private static final Figure NONE = Figure.absent("not enough data");

  @TempDir Path out;

  @Test
  void write_namesTheThreeFilesAndTheRecordFromOrganisationAndMonth() throws IOException {
    List<Path> written = write(out);

    assertEquals(
        List.of(
            out.resolve("acme-cafe-2026-10-kpis.csv"),
            out.resolve("acme-cafe-2026-10-key-results.csv"),
            out.resolve("acme-cafe-2026-10-objectives.csv"),
            out.resolve("acme-cafe-2026-10-actuals.csv")),
        written);
    assertEquals(
        List.of(
            "acme-cafe-2026-10-actuals.csv",
            "acme-cafe-2026-10-key-results.csv",
            "acme-cafe-2026-10-kpis.csv",
            "acme-cafe-2026-10-objectives.csv"),
        filesIn(out));
  }

  @Test
  void kpis_headerIsOutputsMdColumnsInOrder_thenTheReadableOnes() throws IOException {
    write(out);

    List<String> header = header("acme-cafe-2026-10-kpis.csv");
    assertEquals(
        List.of("owner", "unit", "direction", "leads_name"), header.subList(27, header.size()));
    assertEquals(
        List.of(
            "id",
            "name",
            "period",
            "actual",
            "target",
            "attainment",
            "status",
            "qtd_actual",
            "qtd_target",
            "qtd_attainment",
            "qtd_status",
            "ytd_actual",
            "ytd_target",
            "ytd_attainment",
            "ytd_status",
            "annual_target",
            "forecast",
            "forecast_attainment",
            "forecast_status",
            "required_run_rate",
            "trend",
            "growth",
            "leads",
            "best_lag",
            "r",
            "strength",
            "needs_okr"),
        header.subList(0, 27));
  }

  @Test
  void kpis_leadingKpi_writesFiguresAtFullPrecisionAndItsPair() throws IOException {
    write(out);

    CSVRecord k1 = rows("acme-cafe-2026-10-kpis.csv").get(0);
    assertEquals(
        List.of(
            "K1",
            "Revenue €",
            "2026-10",
            "875",
            "1000",
            "0.875",
            "amber",
            "2625.5",
            "3000",
            "0.8751666666666666",
            "red",
            "",
            "",
            "",
            "none",
            "12000",
            "11000.25",
            "0.9166875",
            "amber",
            "10000000",
            "improving",
            "0.0125",
            "K2",
            "2",
            "-0.8",
            "strong",
            "false",
            "Dana",
            "",
            "Higher is better",
            "'=Churn"),
        k1.toList());
  }

  @Test
  void kpis_kpiWithoutPair_leavesPairColumnsEmptyAndNeutralisesFormulaText() throws IOException {
    write(out);

    CSVRecord k2 = rows("acme-cafe-2026-10-kpis.csv").get(1);
    assertEquals(
        List.of(
            "K2",
            "'=Churn",
            "2026-09",
            "0",
            "0.05",
            "0",
            "red",
            "",
            "",
            "",
            "none",
            "",
            "",
            "",
            "none",
            "",
            "",
            "",
            "none",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "true",
            "Dana",
            "",
            "Higher is better",
            ""),
        k2.toList());
  }

  @Test
  void keyResults_writeAchievedAsGreenAndCarryForwardAsFlag() throws IOException {
    write(out);

    List<CSVRecord> rows = rows("acme-cafe-2026-10-key-results.csv");
    assertEquals(
        List.of(
            "id",
            "objective",
            "current",
            "progress",
            "expected",
            "status",
            "carry_forward",
            "statement",
            "owner",
            "objective_statement",
            "team",
            "kpi",
            "due"),
        header("acme-cafe-2026-10-key-results.csv"));
    // KR1 names its objective "o1": written as the objective's own row spells it, O1.
    assertEquals(
        List.of(
            "KR1",
            "O1",
            "0.74",
            "1",
            "0.6666666666666666",
            "green",
            "true",
            "Keep customers",
            "Dana",
            "Grow",
            "Sales",
            "",
            "2026-12"),
        rows.get(0).toList());
    assertEquals(
        List.of(
            "KR-2",
            "O1",
            "",
            "0",
            "0.5",
            "none",
            "false",
            "Keep customers",
            "Dana",
            "Grow",
            "Sales",
            "",
            "2026-12"),
        rows.get(1).toList());
  }

  @Test
  void objectives_writeScoreExpectedAndStatus_absentAsEmpty() throws IOException {
    write(out);

    List<CSVRecord> rows = rows("acme-cafe-2026-10-objectives.csv");
    assertEquals(
        List.of(
            "id",
            "score",
            "expected",
            "status",
            "statement",
            "owner",
            "team",
            "parent",
            "start",
            "end"),
        header("acme-cafe-2026-10-objectives.csv"));
    assertEquals(
        List.of(
            "O1",
            "0.5833333333333334",
            "0.6",
            "green",
            "Grow",
            "Dana",
            "Sales",
            "",
            "2026-07",
            "2026-12"),
        rows.get(0).toList());
    assertEquals(
        List.of("O2", "", "", "none", "Grow", "Dana", "Sales", "", "2026-07", "2026-12"),
        rows.get(1).toList());
  }

  @Test
  void write_isUtf8WithCommasAndQuotesOnlyWhereNeeded() throws IOException {
    write(out);

    String text =
        Files.readString(out.resolve("acme-cafe-2026-10-objectives.csv"), StandardCharsets.UTF_8);
    assertEquals(
        "\uFEFFid,score,expected,status,statement,owner,team,parent,start,end\r\n"
            + "O1,0.5833333333333334,0.6,green,Grow,Dana,Sales,,2026-07,2026-12\r\n"
            + "O2,,,none,Grow,Dana,Sales,,2026-07,2026-12\r\n",
        text);
  }

  @Test
  void write_everyFileStartsWithTheUtf8ByteOrderMark() throws IOException {
    write(out);

    for (String file : filesIn(out)) {
      byte[] bytes = Files.readAllBytes(out.resolve(file));
      // U+FEFF in UTF-8 is EF BB BF.
      assertEquals(
          List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 'i'),
          List.of(bytes[0], bytes[1], bytes[2], bytes[3]),
          file);
    }
  }

  @Test
  void objectives_parentIsSpelledAsTheParentsOwnRow() throws IOException {
    Scorecard scorecard = scorecard();
    Objective child =
        new Objective(
            Id.of("O3"),
            "Win cafés",
            "Sam",
            "Sales",
            Optional.of(Id.of("o1")),
            YearMonth.of(2026, 7),
            YearMonth.of(2026, 12),
            Optional.empty(),
            HERE);
    Plan plan = scorecard.plan();
    Plan withChild =
        new Plan(
            plan.file(),
            plan.settings(),
            plan.kpis(),
            plan.targets(),
            plan.actuals(),
            List.of(plan.objectives().get(0), plan.objectives().get(1), child),
            plan.keyResults(),
            plan.commentary(),
            plan.distribution());
    List<ObjectiveScore> scores =
        List.of(
            scorecard.objectives().get(0),
            scorecard.objectives().get(1),
            new ObjectiveScore(child, NONE, NONE, Status.NONE, Optional.empty()));
    ScorecardCsv.write(
        PackView.of(
            new Scorecard(
                withChild,
                OCTOBER,
                scorecard.kpis(),
                scorecard.pairs(),
                scorecard.keyResults(),
                scores,
                List.of()),
            List.of()),
        out);

    CSVRecord o3 = rows("acme-cafe-2026-10-objectives.csv").get(2);
    assertEquals("O1", o3.get("parent"));
    assertEquals("Win cafés", o3.get("statement"));
  }

  @Test
  void write_replacesAnEarlierRunsFilesAndLeavesNoStagingFile() throws IOException {
    Files.writeString(out.resolve("acme-cafe-2026-10-kpis.csv"), "old");

    write(out);

    assertEquals(
        "\uFEFFid,name,period",
        Files.readString(out.resolve("acme-cafe-2026-10-kpis.csv")).substring(0, 15));
    assertEquals(4, filesIn(out).size()); // three scorecard files and the record of actuals
  }

  private List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private List<String> header(String file) throws IOException {
    try (Reader reader = Files.newBufferedReader(out.resolve(file));
        CSVParser parser = parser(reader)) {
      return parser.getHeaderNames();
    }
  }

  private List<CSVRecord> rows(String file) throws IOException {
    try (Reader reader = Files.newBufferedReader(out.resolve(file));
        CSVParser parser = parser(reader)) {
      return parser.getRecords();
    }
  }

  // The byte-order mark is not part of the first column's name.
  private static CSVParser parser(Reader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
  }

  private static List<Path> write(Path out) throws IOException {
    return ScorecardCsv.write(PackView.of(scorecard(), List.of()), out);
  }

  // ---- a hand-built scorecard: every figure is a literal, nothing is computed ----

  private static Scorecard scorecard() {
    Kpi revenue = kpi("K1", "Revenue €", Optional.of(Id.of("k2")));
    Kpi churn = kpi("K2", "=Churn", Optional.empty());
    Objective growth = objective("O1");
    KeyResult kr1 = keyResult("KR1", "o1");
    KeyResult kr2 = keyResult("KR-2", "O1");
    Plan plan =
        new Plan(
            "plan.xlsx",
            Settings.defaults("Acme Café"),
            List.of(revenue, churn),
            Map.of(),
            Map.of(),
            List.of(growth, objective("O2")),
            List.of(kr1, kr2),
            List.of(),
            List.of());
    return new Scorecard(
        plan,
        OCTOBER,
        List.of(revenueScore(revenue), churnScore(churn)),
        List.of(pair()),
        List.of(achieved(kr1), noData(kr2)),
        List.of(
            new ObjectiveScore(
                growth,
                Figure.of(0.5833333333333334),
                Figure.of(0.6),
                Status.GREEN,
                Optional.empty()),
            new ObjectiveScore(objective("O2"), NONE, NONE, Status.NONE, Optional.empty())),
        List.of());
  }

  private static KpiScore revenueScore(Kpi kpi) {
    Measure month = new Measure(Figure.of(875), Figure.of(1000), Figure.of(0.875), Status.AMBER);
    Measure quarter =
        new Measure(Figure.of(2625.5), Figure.of(3000), Figure.of(0.8751666666666666), Status.RED);
    Outlook outlook =
        new Outlook(
            Figure.of(11000.25), Figure.of(0.9166875), Status.AMBER, Figure.of(1.0E7), List.of());
    Trend trend =
        new Trend(
            Optional.of(TrendDirection.IMPROVING),
            Figure.of(12.5),
            Figure.of(0.0125),
            NONE,
            NONE,
            NONE);
    return new KpiScore(
        kpi,
        OCTOBER,
        month,
        quarter,
        Measure.absent("no reported month"),
        Figure.of(12000),
        outlook,
        trend,
        List.of(),
        false,
        false,
        false);
  }

  private static KpiScore churnScore(Kpi kpi) {
    Measure month = new Measure(Figure.of(-0.0), Figure.of(0.05), Figure.of(0), Status.RED);
    Outlook outlook = new Outlook(NONE, NONE, Status.NONE, NONE, List.of());
    Trend trend = new Trend(Optional.empty(), NONE, NONE, NONE, NONE, NONE);
    Measure none = Measure.absent("no reported month");
    return new KpiScore(
        kpi,
        YearMonth.of(2026, 9),
        month,
        none,
        none,
        NONE,
        outlook,
        trend,
        List.of(),
        true,
        false,
        false);
  }

  private static LeadLagPair pair() {
    return new LeadLagPair(
        Id.of("k1"),
        Id.of("k2"),
        List.of(),
        Optional.of(2),
        Figure.of(-0.8),
        9,
        Optional.of(Strength.STRONG),
        NONE,
        NONE,
        List.of(),
        false,
        "");
  }

  private static KeyResultScore achieved(KeyResult kr) {
    CarryForward proposal = new CarryForward(kr.id(), "Retention", Figure.of(0.75), List.of());
    return new KeyResultScore(
        kr,
        YearMonth.of(2026, 7),
        YearMonth.of(2026, 12),
        Figure.of(0.74),
        1,
        0.6666666666666666,
        Status.ACHIEVED,
        Optional.of(proposal));
  }

  private static KeyResultScore noData(KeyResult kr) {
    return new KeyResultScore(
        kr,
        YearMonth.of(2026, 7),
        YearMonth.of(2026, 12),
        NONE,
        0,
        0.5,
        Status.NONE,
        Optional.empty());
  }

  private static Kpi kpi(String id, String name, Optional<Id> leads) {
    return new Kpi(
        Id.of(id),
        name,
        "Dana",
        Unit.NONE,
        Direction.HIGHER_IS_BETTER,
        Indicator.LAGGING,
        Aggregation.SUM,
        Optional.empty(),
        Optional.empty(),
        leads,
        Optional.empty(),
        Frequency.MONTHLY,
        "",
        HERE,
        false);
  }

  private static Objective objective(String id) {
    return new Objective(
        Id.of(id),
        "Grow",
        "Dana",
        "Sales",
        Optional.empty(),
        YearMonth.of(2026, 7),
        YearMonth.of(2026, 12),
        Optional.empty(),
        HERE);
  }

  private static KeyResult keyResult(String id, String objective) {
    return new KeyResult(
        Id.of(id),
        Id.of(objective),
        "Keep customers",
        "Dana",
        KeyResultType.OUTCOME,
        Metric.BASELINE,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        YearMonth.of(2026, 12),
        1,
        Optional.empty(),
        HERE);
  }
}

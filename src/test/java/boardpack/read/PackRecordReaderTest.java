package boardpack.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.model.Id;
import boardpack.model.MeasureKind;
import boardpack.model.PreviousPack;
import boardpack.model.RecordedActual;
import boardpack.model.RecordedMeasure;
import boardpack.model.Source;
import boardpack.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Earlier runs' records read back from the output folder. */
class PackRecordReaderTest {

  private static final YearMonth MARCH = YearMonth.of(2026, 3);
  private static final String ACTUALS = "\uFEFFid,period,value,source\r\n";

  @TempDir Path out;

  private void write(String name, String text) throws IOException {
    Files.writeString(out.resolve(name), text);
  }

  @Test
  void latestMonthBeforeThisOne_ofTheSameOrganisation_isRead() throws IOException {
    write("acme-2026-01-actuals.csv", ACTUALS + "K1,2026-01,1,Actuals!B2\r\n");
    write("acme-2026-02-actuals.csv", ACTUALS + "K1,2026-01,2.5,ledger.csv:14\r\n");
    write("acme-2026-03-actuals.csv", ACTUALS); // this month's own: not earlier
    write("acme-corp-2026-02-actuals.csv", "not a record"); // another organisation
    write("acme-2026-13-actuals.csv", "not a month");

    PreviousPack pack = PackRecordReader.latestBefore(out, "acme", MARCH).previous().orElseThrow();

    assertEquals(YearMonth.of(2026, 2), pack.period());
    assertEquals(
        List.of(new RecordedActual(Id.of("K1"), YearMonth.of(2026, 1), 2.5, "ledger.csv:14")),
        pack.actuals());
  }

  @Test
  void scorecardFiles_giveStatusesByKind_andAMissingOneLeavesItsKindOut() throws IOException {
    write("acme-2026-02-actuals.csv", ACTUALS);
    write(
        "acme-2026-02-kpis.csv",
        "\uFEFFid,name,period,actual,status\r\n'-K1,'=Revenue,2026-02,1,amber\r\n");
    write("acme-2026-02-objectives.csv", "\uFEFFid,score,status,statement\r\nO1,1,green,Win\r\n");

    PreviousPack pack = PackRecordReader.latestBefore(out, "acme", MARCH).previous().orElseThrow();

    // The formula guard's ' is taken off: the KPI's ID is -K1, its name =Revenue.
    assertEquals(
        List.of(new RecordedMeasure(MeasureKind.KPI, Id.of("-K1"), "=Revenue", Status.AMBER)),
        pack.measures().get(MeasureKind.KPI));
    assertEquals(
        List.of(new RecordedMeasure(MeasureKind.OBJECTIVE, Id.of("O1"), "Win", Status.GREEN)),
        pack.measures().get(MeasureKind.OBJECTIVE));
    assertFalse(pack.measures().containsKey(MeasureKind.KEY_RESULT));
  }

  @Test
  void noEarlierRecord_orNoFolder_isNoPreviousPack() throws IOException {
    assertTrue(PackRecordReader.latestBefore(out, "acme", MARCH).previous().isEmpty());
    assertTrue(
        PackRecordReader.latestBefore(out.resolve("none"), "acme", MARCH).previous().isEmpty());
  }

  @Test
  void recordThatCannotBeRead_isAWarningAtItsLine() throws IOException {
    write("acme-2026-02-actuals.csv", ACTUALS + "K1,Feb,1,B2\r\n");

    PackRecordReader.Reading reading = PackRecordReader.latestBefore(out, "acme", MARCH);

    assertTrue(reading.previous().isEmpty());
    assertEquals(1, reading.warnings().size());
    assertEquals(Source.line("acme-2026-02-actuals.csv", 2), reading.warnings().get(0).where());
    assertTrue(
        reading.warnings().get(0).message().startsWith("period \"Feb\" is not a month YYYY-MM;"),
        reading.warnings().get(0).message());
  }

  @Test
  void statusFileWithoutAStatusColumn_isAWarning() throws IOException {
    write("acme-2026-02-actuals.csv", ACTUALS);
    write("acme-2026-02-kpis.csv", "\uFEFFid,name\r\nK1,Revenue\r\n");

    PackRecordReader.Reading reading = PackRecordReader.latestBefore(out, "acme", MARCH);

    assertTrue(reading.previous().isEmpty());
    assertEquals(Source.line("acme-2026-02-kpis.csv", 1), reading.warnings().get(0).where());
  }
}

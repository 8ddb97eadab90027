package boardpack.cli;

import static boardpack.cli.MonthEndRun.STEM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import boardpack.mail.Messages;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * run on the sample plan with the real board pack writer: each scope's PDF, mailed as Attach says.
 */
class SamplePackMailTest {

  @TempDir static Path dir;

  private static final MonthEndRun RUN = new MonthEndRun(PackParts.standard());
  private static Path out;

  @BeforeAll
  static void runTheSample() {
    out = dir.resolve("out");
    int code =
        RUN.run(
            "run",
            MonthEndRun.SAMPLE_PLAN.toString(),
            "--actuals",
            MonthEndRun.SAMPLE_LEDGER.toString(),
            "--out",
            out.toString());
    assertEquals(0, code, RUN.err());
  }

  @Test
  void salesRecipient_getsTheSalesPackPdf_byteForByte_preparedForSales() throws Exception {
    String pdf = STEM + "-board-pack-sales.pdf";

    Map<String, byte[]> attached =
        Messages.attachments(Messages.parse(DistributionEmlTest.eml(out, "marcus-reed")));

    assertEquals(List.of(pdf), List.copyOf(attached.keySet()));
    assertArrayEquals(Files.readAllBytes(out.resolve(pdf)), attached.get(pdf));
    assertTrue(firstPage(attached.get(pdf)).contains("Prepared for Sales"));
  }

  @Test
  void boardRecipient_getsTheWholePlansPack() throws Exception {
    String pdf = STEM + "-board-pack.pdf";

    Map<String, byte[]> attached =
        Messages.attachments(Messages.parse(DistributionEmlTest.eml(out, "board")));

    assertEquals(List.of(pdf), List.copyOf(attached.keySet()));
    assertArrayEquals(Files.readAllBytes(out.resolve(pdf)), attached.get(pdf));
    assertTrue(attached.get(pdf).length > 0);
    assertTrue(new String(attached.get(pdf), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
  }

  @Test
  void eachScopeHasItsOwnPdfAndScorecard_namedAfterIt() {
    // Scopes of the Distribution sheet: All (Hannah, the board), Sales, Grace Lin
    for (String name : List.of("", "-sales", "-grace-lin")) {
      assertTrue(Files.exists(out.resolve(STEM + "-board-pack" + name + ".pdf")), name);
      assertTrue(Files.exists(out.resolve(STEM + "-scorecard" + name + ".xlsx")), name);
    }
  }

  @Test
  void bothRecipient_getsTheScorecardAndThePack_xlsxRecipient_theScorecardOfTheirScope()
      throws Exception {
    Map<String, byte[]> hannah =
        Messages.attachments(Messages.parse(DistributionEmlTest.eml(out, "hannah-price")));
    Map<String, byte[]> grace =
        Messages.attachments(Messages.parse(DistributionEmlTest.eml(out, "grace-lin")));

    assertEquals(
        List.of(STEM + "-scorecard.xlsx", STEM + "-board-pack.pdf"), List.copyOf(hannah.keySet()));
    String graceXlsx = STEM + "-scorecard-grace-lin.xlsx";
    assertEquals(List.of(graceXlsx), List.copyOf(grace.keySet()));
    assertArrayEquals(Files.readAllBytes(out.resolve(graceXlsx)), grace.get(graceXlsx));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(grace.get(graceXlsx)))) {
      assertTrue(workbook.getNumberOfSheets() > 0);
    }
  }

  @Test
  void runTwice_samePdfContent_sameCsvBytes() throws Exception {
    Path again = dir.resolve("again");
    RUN.run(
        "run",
        MonthEndRun.SAMPLE_PLAN.toString(),
        "--actuals",
        MonthEndRun.SAMPLE_LEDGER.toString(),
        "--out",
        again.toString());

    for (String name : List.of("", "-sales", "-grace-lin")) {
      String pdf = STEM + "-board-pack" + name + ".pdf";
      assertEquals(
          text(Files.readAllBytes(out.resolve(pdf))),
          text(Files.readAllBytes(again.resolve(pdf))),
          pdf);
    }
    for (String name : List.of("", "-sales", "-grace-lin")) {
      String xlsx = STEM + "-scorecard" + name + ".xlsx";
      assertEquals(parts(out.resolve(xlsx)), parts(again.resolve(xlsx)), xlsx);
    }
    for (String csv : List.of("-kpis.csv", "-key-results.csv", "-objectives.csv")) {
      assertArrayEquals(
          Files.readAllBytes(out.resolve(STEM + csv)),
          Files.readAllBytes(again.resolve(STEM + csv)),
          csv);
    }
  }

  /** Each part of an .xlsx but the document properties, whose creation time is the run's. */
  private static Map<String, String> parts(Path xlsx) throws Exception {
    Map<String, String> parts = new TreeMap<>();
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (!entry.getName().equals("docProps/core.xml")) {
          byte[] bytes = zip.getInputStream(entry).readAllBytes();
          parts.put(entry.getName(), new String(bytes, StandardCharsets.ISO_8859_1));
        }
      }
    }
    return parts;
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages() + " pages\n" + new PDFTextStripper().getText(document);
    }
  }

  private static String firstPage(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper text = new PDFTextStripper();
      text.setEndPage(1);
      return text.getText(document);
    }
  }
}

package boardpack.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookOpenerTest {

  private static final String SAVE_AS_XLSX = "save it as .xlsx (Excel Workbook) and run again";
  private static final String GIVE_PLAN = "give the plan workbook (.xlsx, .xlsm or .xls)";
  private static final String DAMAGED =
      ": the file is damaged and cannot be read as an Excel workbook;"
          + " open it in Excel (which may repair it), save it as .xlsx and run again";
  private static final String ENCRYPTED =
      ": the workbook is encrypted with a password; remove the password"
          + " (in Excel: File > Info > Protect Workbook > Encrypt with Password, clear it), save and run again";
  private static final String BOMB =
      ": refused: the file expands to far more data than a plan holds (a zip or"
          + " XML bomb); if it is a real plan, open it in Excel, save it as .xlsx and run again";

  @TempDir Path dir;

  @Test
  void open_xlsx_givesTheWorkbook() throws Exception {
    Path file = Files.write(dir.resolve("plan.xlsx"), xlsxBytes(XSSFWorkbookType.XLSX));

    try (Workbook workbook = WorkbookOpener.open(file)) {
      assertEquals("KPIs", workbook.getSheetAt(0).getSheetName());
    }
  }

  @Test
  void open_xlsm_givesTheWorkbook() throws Exception {
    Path file = Files.write(dir.resolve("plan.xlsm"), xlsxBytes(XSSFWorkbookType.XLSM));

    try (Workbook workbook = WorkbookOpener.open(file)) {
      assertEquals("Revenue", workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
    }
  }

  @Test
  void open_legacyXls_givesTheWorkbook() throws Exception {
    Path file = Files.write(dir.resolve("plan.xls"), xlsBytes());

    try (Workbook workbook = WorkbookOpener.open(file)) {
      assertEquals("KPIs", workbook.getSheetAt(0).getSheetName());
    }
  }

  @Test
  void open_missingFile_namesTheFileAndItsFolder() {
    Path file = dir.resolve("nothere.xlsx");

    assertMessage(
        "nothere.xlsx: no such file in "
            + dir.toAbsolutePath().normalize()
            + "; check the name and the folder and run again",
        file);
  }

  @Test
  void open_folder_saysToGiveTheFileInside() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("plans"));

    assertMessage(
        "plans: this is a folder, not a workbook; give the path of the plan workbook (.xlsx) inside it",
        folder);
  }

  @Test
  void open_emptyFile_saysItIsEmpty() throws IOException {
    Path file = Files.write(dir.resolve("plan.xlsx"), new byte[0]);

    assertMessage(
        "plan.xlsx: the file is empty (0 bytes); save the plan from Excel as .xlsx (Excel Workbook)"
            + " and run again",
        file);
  }

  @Test
  void open_openDocumentSpreadsheet_saysSaveAsXlsx() throws IOException {
    Path file =
        zip(
            dir.resolve("plan.ods"),
            "mimetype",
            "application/vnd.oasis.opendocument.spreadsheet",
            "content.xml",
            "<office:document-content/>");

    assertMessage(
        "plan.ods: this is an OpenDocument spreadsheet, not an Excel workbook; " + SAVE_AS_XLSX,
        file);
  }

  @Test
  void open_spreadsheetMl2003NamedXls_saysWhatItIs() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("plan.xls"),
            """
        <?xml version="1.0"?>
        <?mso-application progid="Excel.Sheet"?>
        <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">
         <Worksheet ss:Name="KPIs"/>
        </Workbook>
        """);

    assertMessage(
        "plan.xls: this is an Excel 2003 XML Spreadsheet, not an Excel workbook; open it in Excel,"
            + " save it as .xlsx (Excel Workbook) and run again",
        file);
  }

  @Test
  void open_strictOoxml_saysSaveAsTransitionalXlsx() throws Exception {
    Path plain = Files.write(dir.resolve("plain.xlsx"), xlsxBytes(XSSFWorkbookType.XLSX));
    Path file =
        rewrite(
            plain,
            dir.resolve("strict.xlsx"),
            "_rels/.rels",
            rels ->
                rels.replace(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"));

    assertMessage(
        "strict.xlsx: this is a Strict Open XML workbook, which boardpack cannot read; in Excel save it"
            + " as .xlsx with the type Excel Workbook (not Strict Open XML Spreadsheet) and run again",
        file);
  }

  @Test
  void open_xlsb_saysSaveAsXlsx() throws IOException {
    Path file =
        zip(
            dir.resolve("plan.xlsb"),
            "[Content_Types].xml",
            "<Types/>",
            "xl/workbook.bin",
            "binary");

    assertMessage(
        "plan.xlsb: this is an Excel Binary Workbook (.xlsb), which boardpack cannot read; "
            + SAVE_AS_XLSX,
        file);
  }

  @Test
  void open_encryptedXlsx_saysRemoveThePassword() throws Exception {
    Path file = dir.resolve("secret.xlsx");
    writeEncryptedXlsx(file, "s3cret");

    assertMessage("secret.xlsx" + ENCRYPTED, file);
  }

  @Test
  void open_encryptedXls_saysRemoveThePassword() throws Exception {
    Path file = dir.resolve("secret.xls");
    Biff8EncryptionKey.setCurrentUserPassword("s3cret");
    try {
      Files.write(file, xlsBytes());
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }

    assertMessage("secret.xls" + ENCRYPTED, file);
  }

  @Test
  void open_csvGivenAsWorkbook_saysToPassItAsActuals() throws IOException {
    Path file = Files.writeString(dir.resolve("ledger.csv"), "ID,Period,Value\nK1,2026-01,5\n");

    assertMessage(
        "ledger.csv: this is a CSV text file, not an Excel workbook; give the plan workbook (.xlsx)"
            + " as PLAN and CSV actuals with --actuals",
        file);
  }

  @Test
  void open_csvNamedXlsx_isStillRecognisedAsCsv() throws IOException {
    Path file =
        Files.writeString(dir.resolve("plan.xlsx"), "\uFEFFID;Period;Value\r\nK1;2026-01;5\r\n");

    assertMessage(
        "plan.xlsx: this is a CSV text file, not an Excel workbook; give the plan workbook (.xlsx)"
            + " as PLAN and CSV actuals with --actuals",
        file);
  }

  @Test
  void open_plainText_saysItIsText() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.xlsx"), "Remember to update the plan\n");

    assertMessage("notes.xlsx: this is a text file, not an Excel workbook; " + GIVE_PLAN, file);
  }

  @Test
  void open_pdf_saysItIsAPdf() throws IOException {
    Path file = Files.writeString(dir.resolve("plan.xlsx"), "%PDF-1.7\n1 0 obj\n");

    assertMessage("plan.xlsx: this is a PDF document, not an Excel workbook; " + GIVE_PLAN, file);
  }

  @Test
  void open_htmlExportedAsXls_saysSaveAsXlsx() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("report.xls"), "<html><body><table><tr><td>1</td></tr></table>");

    assertMessage(
        "report.xls: this is a web page (HTML), not an Excel workbook; if a web site exported it as"
            + " Excel, open it in Excel, save it as .xlsx (Excel Workbook) and run again",
        file);
  }

  @Test
  void open_excel4Biff_saysItIsTooOld() throws IOException {
    byte[] biff4Bof = {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00};
    Path file = Files.write(dir.resolve("old.xls"), biff4Bof);

    assertMessage(
        "old.xls: this is a workbook from Excel 95 or older, which boardpack cannot read; open it in"
            + " Excel, save it as .xlsx (Excel Workbook) and run again",
        file);
  }

  @Test
  void open_zipThatIsNoOfficeFile_saysItIsAZip() throws IOException {
    Path file = zip(dir.resolve("plan.xlsx"), "readme.txt", "hello");

    assertMessage(
        "plan.xlsx: this is a zip archive, not an Excel workbook; unzip it and give the plan workbook"
            + " (.xlsx) inside",
        file);
  }

  @Test
  void open_corruptZip_saysDamaged() throws IOException {
    byte[] bytes = new byte[600];
    Arrays.fill(bytes, (byte) 0x5A);
    System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, bytes, 0, 4);
    Path file = Files.write(dir.resolve("broken.xlsx"), bytes);

    assertMessage("broken.xlsx" + DAMAGED, file);
  }

  @Test
  void open_truncatedXls_saysDamaged() throws IOException {
    byte[] whole = xlsBytes();
    Path file = Files.write(dir.resolve("broken.xls"), Arrays.copyOf(whole, 1024));

    assertMessage("broken.xls" + DAMAGED, file);
  }

  @Test
  void open_xmlEntityBomb_isRefusedNotExpanded() throws Exception {
    Path plain = Files.write(dir.resolve("plain.xlsx"), xlsxBytes(XSSFWorkbookType.XLSX));
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&c;</t></si></sst>";
    Path file = rewrite(plain, dir.resolve("bomb.xlsx"), "xl/sharedStrings.xml", sst -> laughs);

    assertMessage("bomb.xlsx" + BOMB, file);
  }

  @Test
  void open_zipBomb_isRefusedNotExpanded() throws Exception {
    Path plain = Files.write(dir.resolve("plain.xlsx"), xlsxBytes(XSSFWorkbookType.XLSX));
    String padding =
        " ".repeat(5_000_000); // 5 MB of spaces deflate about 1000:1, past POI's 100:1 limit
    Path file =
        rewrite(
            plain,
            dir.resolve("bomb.xlsx"),
            "xl/worksheets/sheet1.xml",
            sheet -> sheet.replace("</worksheet>", padding + "</worksheet>"));

    assertMessage("bomb.xlsx" + BOMB, file);
  }

  @Test
  void open_fileNameWithALineBreak_staysOneLine() {
    Path file = dir.resolve("two\nlines.xlsx");

    assertMessage(
        "two?lines.xlsx: no such file in "
            + dir.toAbsolutePath().normalize()
            + "; check the name and the folder and run again",
        file);
  }

  @Test
  void failure_anyOtherRuntimeException_isDamaged() {
    FileKind kind =
        WorkbookOpener.failure(FileKind.OLE2, new IllegalStateException("Did not have a record"));

    assertEquals(FileKind.DAMAGED, kind);
  }

  /** Refused with that line, opened as POI's objects and read as a plan (streamed for .xlsx). */
  private static void assertMessage(String expected, Path file) {
    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> WorkbookOpener.open(file));
    assertEquals(expected, e.getMessage());
    UnreadableFileException read =
        assertThrows(UnreadableFileException.class, () -> PlanReader.read(file, ReadOptions.NONE));
    assertEquals(expected, read.getMessage(), "read as a plan");
  }

  private static byte[] xlsxBytes(XSSFWorkbookType type) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(type)) {
      workbook.createSheet("KPIs").createRow(0).createCell(0).setCellValue("Revenue");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    }
  }

  private static byte[] xlsBytes() throws IOException {
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      workbook.createSheet("KPIs").createRow(0).createCell(0).setCellValue("Revenue");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    }
  }

  private static void writeEncryptedXlsx(Path file, String password) throws Exception {
    Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
    encryptor.confirmPassword(password);
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      try (OutputStream encrypted = encryptor.getDataStream(fs)) {
        encrypted.write(xlsxBytes(XSSFWorkbookType.XLSX));
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
  }

  /** A zip of the given entries, in order: name, text, name, text... */
  private static Path zip(Path file, String... namesAndTexts) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < namesAndTexts.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
        zip.write(namesAndTexts[i + 1].getBytes(UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  /** A copy of a zip with one entry's text changed. */
  private static Path rewrite(Path source, Path target, String name, UnaryOperator<String> change)
      throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        entries.put(
            entry.getName(),
            entry.getName().equals(name)
                ? change.apply(new String(bytes, UTF_8)).getBytes(UTF_8)
                : bytes);
      }
    }
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    }
    return target;
  }
}

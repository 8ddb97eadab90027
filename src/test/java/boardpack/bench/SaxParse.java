package boardpack.bench;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The reference the benchmark compares with: POI's streaming (SAX) reader parsing every sheet of
 * the file, each cell formatted by its style as POI's XLSX2CSV example does, and nothing else. Its
 * main is the bare streaming-parse process: {@code java -cp ... boardpack.bench.SaxParse PLAN}.
 */
public final class SaxParse {

  private SaxParse() {}

  public static void main(String[] args) throws Exception {
    long cells = cells(Path.of(args[0]));
    System.out.println(cells + " cells");
  }

  /** Parses every sheet and returns the number of cells seen (so the work cannot be skipped). */
  static long cells(Path file) throws Exception {
    try (OPCPackage zip = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(zip);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(zip);
      DataFormatter formatter = new DataFormatter();
      Counter counter = new Counter();
      for (Iterator<InputStream> sheets = reader.getSheetsData(); sheets.hasNext(); ) {
        try (InputStream sheet = sheets.next()) {
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(
              new XSSFSheetXMLHandler(reader.getStylesTable(), strings, counter, formatter, false));
          parser.parse(new InputSource(sheet));
        }
      }
      return counter.cells;
    }
  }

  private static final class Counter implements XSSFSheetXMLHandler.SheetContentsHandler {
    long cells;

    @Override
    public void startRow(int row) {}

    @Override
    public void endRow(int row) {}

    @Override
    public void cell(String reference, String formatted, XSSFComment comment) {
      cells += formatted == null ? 0 : 1;
    }
  }
}

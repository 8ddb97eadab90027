package boardpack.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a .xlsx or .xlsm by streaming its XML (POI's event API: XSSFReader, the read-only shared
 * strings table and the styles table) instead of loading it as POI objects, so that a large plan
 * reads fast and in little memory. Only the cells' contents are kept.
 */
final class StreamedWorkbook {

  private StreamedWorkbook() {}

  /**
   * Every sheet of the workbook, in order.
   *
   * @throws StreamedCells.NeedsEvaluation when a formula has no saved result to trust
   */
  static List<SheetGrid> read(Path file)
      throws IOException,
          OpenXML4JException,
          SAXException,
          ParserConfigurationException,
          StreamedCells.NeedsEvaluation {
    OPCPackage zip = OPCPackage.open(file.toFile(), PackageAccess.READ);
    try {
      XSSFReader reader = new XSSFReader(zip);
      WorkbookFlags flags = new WorkbookFlags();
      try (InputStream workbook = reader.getWorkbookData()) {
        parse(workbook, flags);
      }
      StreamedCells cells =
          new StreamedCells(
              new ReadOnlySharedStringsTable(zip, false),
              reader.getStylesTable(),
              flags.date1904,
              flags.recalculateOnLoad);
      return sheets(reader, cells);
    } finally {
      zip.revert();
    }
  }

  private static List<SheetGrid> sheets(XSSFReader reader, StreamedCells cells)
      throws IOException,
          OpenXML4JException,
          SAXException,
          ParserConfigurationException,
          StreamedCells.NeedsEvaluation {
    List<SheetGrid> sheets = new ArrayList<>();
    XSSFReader.SheetIterator iterator = reader.getSheetIterator();
    while (iterator.hasNext()) {
      try (InputStream xml = iterator.next()) {
        if (!isSheet(iterator.getSheetPart().getContentType())) {
          continue;
        }
        SheetXmlHandler handler = new SheetXmlHandler(cells);
        try {
          parse(xml, handler);
        } catch (SheetXmlHandler.Stop stop) {
          throw (StreamedCells.NeedsEvaluation) stop.getCause();
        }
        sheets.add(handler.sheet(iterator.getSheetName()));
      }
    }
    return sheets;
  }

  /** Worksheets and chart sheets, as POI's objects list them (macro and dialog sheets are not). */
  private static boolean isSheet(String contentType) {
    return contentType.equals(XSSFRelation.WORKSHEET.getContentType())
        || contentType.equals(XSSFRelation.CHARTSHEET.getContentType());
  }

  // POI's XML reader refuses a DOCTYPE, so an entity bomb fails here as it does in POI's objects.
  private static void parse(InputStream xml, ContentHandler handler)
      throws IOException, SAXException, ParserConfigurationException {
    XMLReader parser = XMLHelper.newXMLReader();
    parser.setContentHandler(handler);
    parser.parse(new InputSource(xml));
  }

  /** workbook.xml's date system and whether it asks to be recalculated on load. */
  private static final class WorkbookFlags extends DefaultHandler {
    boolean date1904;
    boolean recalculateOnLoad;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (localName.equals("workbookPr")) {
        date1904 = isTrue(attributes.getValue("date1904"));
      } else if (localName.equals("calcPr")) {
        recalculateOnLoad = isTrue(attributes.getValue("fullCalcOnLoad"));
      }
    }

    private static boolean isTrue(String xmlBoolean) {
      return "1".equals(xmlBoolean) || "true".equals(xmlBoolean);
    }
  }
}

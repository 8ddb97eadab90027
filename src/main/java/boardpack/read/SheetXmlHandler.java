package boardpack.read;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML in a single pass: the cells of {@code <sheetData>} (as {@link
 * StreamedCells} makes them) and the {@code <mergeCells>}, which POI's own sheet handler skips.
 */
final class SheetXmlHandler extends DefaultHandler {

  /** Thrown to stop parsing when a formula needs evaluating. */
  static final class Stop extends SAXException {
    Stop(StreamedCells.NeedsEvaluation cause) {
      super(cause);
    }
  }

  private final StreamedCells cells;
  private final TreeMap<Integer, TreeMap<Integer, CellContent>> rows = new TreeMap<>();
  private final List<CellRangeAddress> merged = new ArrayList<>();
  private boolean inSheetData;
  private TreeMap<Integer, CellContent> row;
  private int rowIndex = -1;
  private int column = -1;
  private String type;
  private String style;
  private boolean formula;
  private StringBuilder value;
  private StringBuilder inline;
  private boolean inValue;
  private boolean inInlineText;
  private boolean inPhonetic;

  SheetXmlHandler(StreamedCells cells) {
    this.cells = cells;
  }

  StreamedSheet sheet(String name) {
    return new StreamedSheet(name, rows, List.copyOf(merged));
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes)
      throws Stop {
    switch (localName) {
      case "sheetData" -> inSheetData = true;
      case "mergeCell" -> merged.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
      default -> {
        if (inSheetData) {
          startInSheetData(localName, attributes);
        }
      }
    }
  }

  private void startInSheetData(String localName, Attributes attributes) throws Stop {
    switch (localName) {
      case "row" -> startRow(attributes.getValue("r"));
      case "c" -> startCell(attributes);
      case "v" -> {
        value = new StringBuilder();
        inValue = true;
      }
      case "f" -> startFormula(attributes);
      case "is" -> inline = new StringBuilder();
      case "rPh" -> inPhonetic = true;
      case "t" -> inInlineText = inline != null && !inPhonetic;
      default -> {
        // other elements carry no value
      }
    }
  }

  // A row or cell without its reference follows the one before it, as Excel writes them.
  private void startRow(String reference) {
    rowIndex = reference == null ? rowIndex + 1 : Integer.parseInt(reference) - 1;
    row = rows.computeIfAbsent(rowIndex, r -> new TreeMap<>());
    column = -1;
  }

  private void startCell(Attributes attributes) {
    String reference = attributes.getValue("r");
    column = reference == null ? column + 1 : columnOf(reference);
    type = attributes.getValue("t");
    style = attributes.getValue("s");
    formula = false;
    value = null;
    inline = null;
  }

  // POI's objects treat every cell of a multi-cell array formula as a formula, evaluated when it
  // has no saved result; rare in a plan, so such a workbook is left to them.
  private void startFormula(Attributes attributes) throws Stop {
    String formulaType = attributes.getValue("t");
    String reference = attributes.getValue("ref");
    if ("array".equals(formulaType) && reference != null && reference.contains(":")) {
      throw new Stop(new StreamedCells.NeedsEvaluation());
    }
    formula |= !"dataTable".equals(formulaType);
  }

  /** The 0-based column of a reference such as {@code AB12}. */
  private static int columnOf(String reference) {
    int column = 0;
    int i = 0;
    for (; i < reference.length() && isAsciiLetter(reference.charAt(i)); i++) {
      column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
    }
    if (i == 0) {
      throw new IllegalArgumentException("cell reference " + reference);
    }
    return column - 1;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    switch (localName) {
      case "sheetData" -> inSheetData = false;
      case "v" -> inValue = false;
      case "t" -> inInlineText = false;
      case "rPh" -> inPhonetic = false;
      case "c" -> {
        if (inSheetData) {
          endCell();
        }
      }
      default -> {
        // nothing to finish
      }
    }
  }

  private void endCell() throws Stop {
    try {
      CellContent content =
          cells.of(
              type,
              style,
              formula,
              value == null ? null : value.toString(),
              inline == null ? null : inline.toString());
      if (content != null) {
        row.put(column, content);
      }
    } catch (StreamedCells.NeedsEvaluation e) {
      throw new Stop(e);
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inValue) {
      value.append(ch, start, length);
    } else if (inInlineText) {
      inline.append(ch, start, length);
    }
  }
}

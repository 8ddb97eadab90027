package boardpack.read;

import boardpack.model.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test-only writer of .xlsx files from hand-written sheet XML, as scripts (openpyxl and the like)
 * write them and POI never does: inline strings, formulas with an empty {@code <v/>} or none, no
 * styles part, no shared strings. A row is a list of cells made by {@link #text}, {@link #number},
 * {@link #formula}, {@link #formulaWithoutValue} or {@link #raw}; null leaves a cell out.
 */
final class RawWorkbook {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PACKAGE_RELATIONSHIPS =
      "http://schemas.openxmlformats.org/package/2006/relationships";

  /** One cell's XML without its r attribute, which the writer adds. */
  record CellXml(String attributes, String body) {}

  private final Map<String, List<List<CellXml>>> sheets = new LinkedHashMap<>();
  private final Map<String, List<String>> merges = new LinkedHashMap<>();

  static CellXml text(String text) {
    return new CellXml(" t=\"inlineStr\"", "<is><t>" + escape(text) + "</t></is>");
  }

  static CellXml number(String number) {
    return new CellXml("", "<v>" + number + "</v>");
  }

  /** A formula as openpyxl saves it: no calculated result, an empty {@code <v/>}. */
  static CellXml formula(String formula) {
    return new CellXml("", "<f>" + escape(formula) + "</f><v/>");
  }

  /** A formula with no {@code <v>} element at all. */
  static CellXml formulaWithoutValue(String formula) {
    return new CellXml("", "<f>" + escape(formula) + "</f>");
  }

  static CellXml raw(String attributes, String body) {
    return new CellXml(attributes, body);
  }

  RawWorkbook row(String sheet, CellXml... cells) {
    sheets.computeIfAbsent(sheet, k -> new ArrayList<>()).add(Arrays.asList(cells.clone()));
    return this;
  }

  /** Text cells for a whole row: a number-looking word stays text, as a script's str would. */
  RawWorkbook textRow(String sheet, String... texts) {
    CellXml[] cells = new CellXml[texts.length];
    for (int i = 0; i < texts.length; i++) {
      cells[i] = texts[i] == null ? null : text(texts[i]);
    }
    return row(sheet, cells);
  }

  RawWorkbook merge(String sheet, String range) {
    merges.computeIfAbsent(sheet, k -> new ArrayList<>()).add(range);
    return this;
  }

  Path save(Path folder, String fileName) throws IOException {
    Path file = folder.resolve(fileName);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      put(zip, "[Content_Types].xml", contentTypes());
      put(
          zip,
          "_rels/.rels",
          relationships(
              "<Relationship Id=\"rId1\" Type=\""
                  + RELATIONSHIPS
                  + "/officeDocument\" Target=\"xl/workbook.xml\"/>"));
      put(zip, "xl/workbook.xml", workbook());
      put(zip, "xl/_rels/workbook.xml.rels", workbookRelationships());
      int n = 1;
      for (String sheet : sheets.keySet()) {
        put(zip, "xl/worksheets/sheet" + n++ + ".xml", sheet(sheet));
      }
    }
    return file;
  }

  private String contentTypes() {
    StringBuilder xml =
        new StringBuilder(
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
                + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats"
                + "-officedocument.spreadsheetml.sheet.main+xml\"/>");
    for (int n = 1; n <= sheets.size(); n++) {
      xml.append("<Override PartName=\"/xl/worksheets/sheet")
          .append(n)
          .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument")
          .append(".spreadsheetml.worksheet+xml\"/>");
    }
    return xml.append("</Types>").toString();
  }

  private String workbook() {
    StringBuilder xml =
        new StringBuilder(
            "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>");
    int n = 1;
    for (String sheet : sheets.keySet()) {
      xml.append("<sheet name=\"")
          .append(escape(sheet))
          .append("\" sheetId=\"")
          .append(n)
          .append("\" r:id=\"rId")
          .append(n++)
          .append("\"/>");
    }
    return xml.append("</sheets></workbook>").toString();
  }

  private String workbookRelationships() {
    StringBuilder xml = new StringBuilder();
    for (int n = 1; n <= sheets.size(); n++) {
      xml.append("<Relationship Id=\"rId")
          .append(n)
          .append("\" Type=\"")
          .append(RELATIONSHIPS)
          .append("/worksheet\" Target=\"worksheets/sheet")
          .append(n)
          .append(".xml\"/>");
    }
    return relationships(xml.toString());
  }

  private String sheet(String name) {
    StringBuilder xml = new StringBuilder("<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
    List<List<CellXml>> rows = sheets.get(name);
    for (int r = 0; r < rows.size(); r++) {
      xml.append("<row r=\"").append(r + 1).append("\">");
      List<CellXml> cells = rows.get(r);
      for (int c = 0; c < cells.size(); c++) {
        CellXml cell = cells.get(c);
        if (cell != null) {
          String ref = Source.columnName(c) + (r + 1);
          xml.append("<c r=\"").append(ref).append('"').append(cell.attributes()).append('>');
          xml.append(cell.body()).append("</c>");
        }
      }
      xml.append("</row>");
    }
    xml.append("</sheetData>");
    List<String> ranges = merges.getOrDefault(name, List.of());
    if (!ranges.isEmpty()) {
      xml.append("<mergeCells count=\"").append(ranges.size()).append("\">");
      ranges.forEach(range -> xml.append("<mergeCell ref=\"").append(range).append("\"/>"));
      xml.append("</mergeCells>");
    }
    return xml.append("</worksheet>").toString();
  }

  private static String relationships(String body) {
    return "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">" + body + "</Relationships>";
  }

  private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    OutputStream out = zip;
    out.write(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml)
            .getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}

package boardpack.read;

import java.nio.file.Path;

/**
 * What a file given as a plan workbook turned out to be, with the one line a user reads when it
 * cannot be opened (workbook.md, General rules: "one clear line saying what the file is and what to
 * do").
 */
enum FileKind {
  /** A zip that may be an OOXML workbook (.xlsx, .xlsm, .xltx); POI decides. */
  OOXML(""),
  /** An OLE2 container that may hold a BIFF8 workbook or an encrypted OOXML one; POI decides. */
  OLE2(""),
  FOLDER("this is a folder, not a workbook; give the path of the plan workbook (.xlsx) inside it"),
  EMPTY(
      "the file is empty (0 bytes); save the plan from Excel as .xlsx (Excel Workbook) and run again"),
  OPEN_DOCUMENT_SPREADSHEET(
      "this is an OpenDocument spreadsheet, not an Excel workbook; save it as .xlsx (Excel Workbook) and run again"),
  OPEN_DOCUMENT(
      "this is an OpenDocument file, not an Excel workbook; give the plan workbook (.xlsx, .xlsm or .xls)"),
  SPREADSHEET_ML_2003(
      "this is an Excel 2003 XML Spreadsheet, not an Excel workbook; open it in Excel, save it as .xlsx"
          + " (Excel Workbook) and run again"),
  STRICT_OOXML(
      "this is a Strict Open XML workbook, which boardpack cannot read; in Excel save it as .xlsx with the type"
          + " Excel Workbook (not Strict Open XML Spreadsheet) and run again"),
  XLSB(
      "this is an Excel Binary Workbook (.xlsb), which boardpack cannot read; save it as .xlsx (Excel Workbook)"
          + " and run again"),
  OLD_EXCEL(
      "this is a workbook from Excel 95 or older, which boardpack cannot read; open it in Excel, save it as .xlsx"
          + " (Excel Workbook) and run again"),
  ENCRYPTED(
      "the workbook is encrypted with a password; remove the password (in Excel: File > Info > Protect Workbook"
          + " > Encrypt with Password, clear it), save and run again"),
  CSV(
      "this is a CSV text file, not an Excel workbook; give the plan workbook (.xlsx) as PLAN and CSV actuals"
          + " with --actuals"),
  TEXT("this is a text file, not an Excel workbook; give the plan workbook (.xlsx, .xlsm or .xls)"),
  XML("this is an XML file, not an Excel workbook; give the plan workbook (.xlsx, .xlsm or .xls)"),
  HTML(
      "this is a web page (HTML), not an Excel workbook; if a web site exported it as Excel, open it in Excel,"
          + " save it as .xlsx (Excel Workbook) and run again"),
  PDF(
      "this is a PDF document, not an Excel workbook; give the plan workbook (.xlsx, .xlsm or .xls)"),
  WORD(
      "this is a Word document, not an Excel workbook; give the plan workbook (.xlsx, .xlsm or .xls)"),
  POWERPOINT(
      "this is a PowerPoint presentation, not an Excel workbook; give the plan workbook (.xlsx, .xlsm or .xls)"),
  OTHER_OFFICE(
      "this is an Office file that is not an Excel workbook; give the plan workbook (.xlsx, .xlsm or .xls)"),
  IMAGE("this is an image, not an Excel workbook; give the plan workbook (.xlsx, .xlsm or .xls)"),
  ZIP(
      "this is a zip archive, not an Excel workbook; unzip it and give the plan workbook (.xlsx) inside"),
  BOMB(
      "refused: the file expands to far more data than a plan holds (a zip or XML bomb); if it is a real plan,"
          + " open it in Excel, save it as .xlsx and run again"),
  TOO_LARGE(
      "the workbook is too large to read in the memory available; delete the sheets and rows boardpack does"
          + " not need, save and run again"),
  DAMAGED(
      "the file is damaged and cannot be read as an Excel workbook; open it in Excel (which may repair it),"
          + " save it as .xlsx and run again"),
  UNKNOWN(
      "this is not an Excel workbook (its content is no format boardpack knows); give the plan workbook"
          + " (.xlsx, .xlsm or .xls)");

  private final String explanation;

  FileKind(String explanation) {
    this.explanation = explanation;
  }

  /**
   * Whether POI should try to open it; every other kind is refused with its line. An encrypted
   * workbook is tried too: Excel's default password (VelvetSweatshop) opens it without asking.
   */
  boolean mayBeWorkbook() {
    return this == OOXML || this == OLE2 || this == ENCRYPTED;
  }

  UnreadableFileException refuse(Path file) {
    return new UnreadableFileException(nameOf(file) + ": " + explanation);
  }

  UnreadableFileException refuse(Path file, Throwable cause) {
    return new UnreadableFileException(nameOf(file) + ": " + explanation, cause);
  }

  /** The file's name on one line, whatever characters it holds. */
  static String nameOf(Path file) {
    Path name = file.getFileName();
    String text = name == null ? file.toString() : name.toString();
    return text.replaceAll("\\p{Cntrl}", "?");
  }
}

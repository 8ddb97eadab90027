package boardpack.write.xlsx;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;

/**
 * Makes each block of the Summary a real Excel table with a filter: a sheet has only one
 * autofilter, and the Summary has several small tables. The streamed sheet's rows are not on the
 * underlying XSSF sheet, so each table's column names are set from the header written (Excel
 * repairs a table whose names differ from its header cells).
 */
final class SummaryTables {

  private final XSSFSheet sheet;

  SummaryTables(XSSFSheet sheet) {
    this.sheet = sheet;
  }

  /** A table over {@code headerRow} to {@code lastRow}, named {@code Summary<Title>}. */
  void add(String title, int headerRow, int lastRow, List<String> columns) {
    AreaReference area =
        new AreaReference(
            new CellReference(headerRow, 0),
            new CellReference(Math.max(lastRow, headerRow + 1), columns.size() - 1),
            SpreadsheetVersion.EXCEL2007);
    XSSFTable table = sheet.createTable(area);
    String name = "Summary" + title.replaceAll("[^A-Za-z0-9]", "");
    table.setName(name);
    table.setDisplayName(name);
    List<CTTableColumn> ctColumns = table.getCTTable().getTableColumns().getTableColumnList();
    for (int i = 0; i < columns.size(); i++) {
      ctColumns.get(i).setName(columns.get(i));
    }
    table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
  }
}

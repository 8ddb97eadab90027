package boardpack.write.pdf;

import boardpack.compute.KpiRow;
import boardpack.model.Direction;
import boardpack.model.Kpi;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPTable;

/** The appendix's definitions: each KPI's data source, direction, aggregation, frequency, unit. */
final class Definitions {

  private static final float[] WIDTHS = {30, 24, 14, 11, 10, 11};

  private Definitions() {}

  static void add(PackDocument pack, List<KpiRow> rows) {
    PackStyle style = pack.style();
    pack.part(style.label("section.definitions"));
    PdfPTable table = pack.table(WIDTHS, 1);
    for (String key :
        List.of(
            "column.kpi",
            "column.dataSource",
            "column.direction",
            "column.aggregation",
            "column.frequency",
            "column.owner")) {
      table.addCell(pack.headerCell(style.label(key), Element.ALIGN_LEFT));
    }
    LongTable longTable = new LongTable(pack, table);
    for (KpiRow row : rows) {
      longTable.nextRow();
      Kpi kpi = row.kpi();
      table.addCell(new KpiCells(pack).name(row));
      table.addCell(pack.cell(orDash(kpi.dataSource()), style.small(), Element.ALIGN_LEFT));
      table.addCell(
          pack.cell(direction(kpi.direction(), style), style.small(), Element.ALIGN_LEFT));
      table.addCell(
          pack.cell(
              word("aggregation", kpi.aggregation().name(), style),
              style.small(),
              Element.ALIGN_LEFT));
      table.addCell(
          pack.cell(
              word("frequency", kpi.frequency().name(), style), style.small(), Element.ALIGN_LEFT));
      table.addCell(pack.cell(orDash(kpi.owner()), style.small(), Element.ALIGN_LEFT));
    }
    longTable.end();
  }

  static String direction(Direction direction, PackStyle style) {
    String text =
        switch (direction) {
          case HIGHER_IS_BETTER -> style.label("direction.higher");
          case LOWER_IS_BETTER -> style.label("direction.lower");
          case WITHIN_RANGE -> style.label("direction.range");
        };
    return text;
  }

  private static String word(String prefix, String constant, PackStyle style) {
    return style.label(prefix + "." + constant.toLowerCase(Locale.ROOT));
  }

  private static String orDash(String text) {
    return text.isBlank() ? Numbers.DASH : text;
  }
}

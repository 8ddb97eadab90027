package boardpack.write.xlsx;

import boardpack.compute.KeyResultRow;
import boardpack.compute.ObjectiveRow;
import boardpack.model.Figure;
import boardpack.model.KeyResult;
import boardpack.model.KeyResultScore;
import boardpack.model.Kpi;
import boardpack.model.KpiScore;
import boardpack.model.Metric;
import boardpack.model.Objective;
import boardpack.model.ObjectiveScore;
import boardpack.model.Unit;
import boardpack.model.Value;
import boardpack.write.xlsx.CellStyles.Look;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDataBarFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

/**
 * The OKRs sheet: objectives in cascade order, each with its key results beneath it as an outline
 * level that collapses; progress and expected progress as % with a data bar.
 */
final class OkrSheet {

  static final String NAME = "OKRs";
  static final int HEADER_ROW = 2;
  static final List<String> COLUMNS =
      List.of(
          "ID",
          "Objective / key result",
          "Owner",
          "Start",
          "Due",
          "Start value",
          "Current",
          "Target",
          "Progress",
          "Expected",
          "Status",
          "Linked KPI");
  static final int PROGRESS = COLUMNS.indexOf("Progress");

  /** Excel's deepest outline level. */
  private static final int MAX_LEVEL = 7;

  private final SheetWriter sheet;
  private int nextRow = HEADER_ROW + 1;

  OkrSheet(SheetWriter sheet) {
    this.sheet = sheet;
  }

  /** {@code objectives}: in cascade order, each with its key results. */
  void write(String title, List<ObjectiveRow> objectives) {
    sheet.text(sheet.row(0), 0, title, Look.TITLE);
    sheet.text(
        sheet.row(1),
        0,
        "Key results sit beneath their objective: use the outline buttons at the left to collapse.",
        Look.SUBTITLE);
    sheet.header(HEADER_ROW, COLUMNS);
    sheet.wrapAt(1, 60);
    // The objective row carries the group's summary, so its button sits above the group.
    sheet.sheet().setRowSumsBelow(false);
    for (ObjectiveRow objective : objectives) {
      objective(nextRow(objective.depth()), objective.score(), objective.depth());
      for (KeyResultRow keyResult : objective.keyResults()) {
        keyResult(nextRow(objective.depth() + 1), keyResult, objective.depth() + 1);
      }
    }
    dataBars(nextRow - 1);
    sheet.finishTable(HEADER_ROW, nextRow - 1, COLUMNS.size() - 1, 2);
  }

  // The outline level is set as the row is made: a streamed row cannot be grouped once flushed.
  private Row nextRow(int depth) {
    Row row = sheet.row(nextRow++);
    if (depth > 0) {
      ((SXSSFSheet) sheet.sheet()).setRowOutlineLevel(row.getRowNum(), Math.min(MAX_LEVEL, depth));
    }
    return row;
  }

  // Indented by depth (a cell indent, so the ID stays exact for filters) as the outline groups.
  private void objective(Row row, ObjectiveScore score, int depth) {
    Objective objective = score.objective();
    sheet.text(row, 0, objective.id().text(), Look.BOLD, depth);
    sheet.text(row, 1, objective.statement(), Look.BOLD_WRAP, depth);
    sheet.text(row, 2, objective.owner());
    sheet.month(row, 3, objective.start());
    sheet.month(row, 4, objective.end());
    sheet.text(row, 5, "");
    sheet.text(row, 6, "");
    sheet.text(row, 7, "");
    sheet.figure(row, PROGRESS, score.score(), UnitFormat.PERCENT);
    sheet.figure(row, PROGRESS + 1, score.expected(), UnitFormat.PERCENT);
    sheet.status(row, PROGRESS + 2, score.status());
    sheet.text(row, PROGRESS + 3, objective.kpi().map(id -> id.text()).orElse(""));
  }

  private void keyResult(Row row, KeyResultRow line, int depth) {
    KeyResultScore score = line.score();
    KeyResult kr = score.keyResult();
    UnitFormat format = format(kr, score, line.kpi().map(KpiScore::kpi).map(Kpi::unit));
    sheet.text(row, 0, kr.id().text(), Look.TEXT, depth);
    sheet.text(row, 1, kr.statement(), Look.WRAP, depth);
    sheet.text(row, 2, kr.owner());
    sheet.month(row, 3, score.windowStart());
    sheet.month(row, 4, kr.due());
    sheet.figure(row, 5, value(kr.startValue()), format);
    sheet.figure(row, 6, score.current(), format);
    sheet.figure(row, 7, target(kr), format);
    sheet.number(row, PROGRESS, score.progress(), sheet.styles().number(UnitFormat.PERCENT));
    sheet.number(row, PROGRESS + 1, score.expected(), sheet.styles().number(UnitFormat.PERCENT));
    sheet.status(row, PROGRESS + 2, score.status());
    sheet.text(row, PROGRESS + 3, kr.kpi().map(id -> id.text()).orElse(""));
  }

  // A key result measured by a KPI reads in the KPI's unit; a milestone is a share done.
  private static UnitFormat format(KeyResult kr, KeyResultScore score, Optional<Unit> unit) {
    if (kr.metric() == Metric.MILESTONE) {
      return UnitFormat.PERCENT;
    }
    return UnitFormat.of(
        unit.orElse(Unit.NONE), Stream.of(value(kr.startValue()), score.current(), target(kr)));
  }

  private static Figure value(Optional<Value> value) {
    return value.map(v -> Figure.of(v.number())).orElse(Figure.absent("none"));
  }

  private static Figure target(KeyResult kr) {
    return kr.target().isPresent() ? value(kr.target()) : Figure.absent("a band, not a target");
  }

  // Bars scaled 0 to 100%, not to the column's own range, so a half-done key result shows half.
  private void dataBars(int lastRow) {
    if (lastRow <= HEADER_ROW) {
      return;
    }
    XSSFSheetConditionalFormatting formatting =
        (XSSFSheetConditionalFormatting) sheet.sheet().getSheetConditionalFormatting();
    XSSFConditionalFormattingRule rule =
        formatting.createConditionalFormattingRule(new XSSFColor(CellStyles.rgb(0x5B, 0x9B, 0xD5)));
    XSSFDataBarFormatting bar = rule.getDataBarFormatting();
    bar.getMinThreshold().setRangeType(RangeType.NUMBER);
    bar.getMinThreshold().setValue(0d);
    bar.getMaxThreshold().setRangeType(RangeType.NUMBER);
    bar.getMaxThreshold().setValue(1d);
    formatting.addConditionalFormatting(
        new CellRangeAddress[] {
          new CellRangeAddress(HEADER_ROW + 1, lastRow, PROGRESS, PROGRESS + 1)
        },
        rule);
  }
}

package boardpack.read;

import boardpack.model.Comment;
import boardpack.model.Id;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** workbook.md, Commentary: ID, Period (month), Comment, Author; finance's variance notes. */
final class CommentaryReader {

  static final String SHEET = "Commentary";
  static final String ID = "ID";
  static final String PERIOD = "Period";
  static final String COMMENT = "Comment";
  static final String AUTHOR = "Author";
  static final TableSpec SPEC =
      new TableSpec(SHEET, ID, List.of(ID, PERIOD, COMMENT), List.of(AUTHOR));

  private CommentaryReader() {}

  /**
   * Comments on KPIs, key results or objectives; a row with a blank comment says nothing and is
   * skipped.
   */
  static List<Comment> read(Sheets sheets, IdRegistry ids) {
    List<Comment> comments = new ArrayList<>();
    sheets
        .table(SPEC, false)
        .ifPresent(
            table -> {
              for (TableRow row : table.rows(table.knownColumns())) {
                comment(row, ids).ifPresent(comments::add);
              }
            });
    return comments;
  }

  private static Optional<Comment> comment(TableRow row, IdRegistry ids) {
    Optional<Id> id = subject(row, ids);
    Optional<YearMonth> period = ObjectiveSheetReader.requiredMonth(row, PERIOD);
    String text = row.text(COMMENT);
    String author = row.text(AUTHOR);
    if (id.isEmpty() || period.isEmpty() || text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Comment(id.get(), period.get(), text, author, row.source()));
  }

  private static Optional<Id> subject(TableRow row, IdRegistry ids) {
    Optional<Id> id =
        ids.measure(row.id()).or(() -> ids.objective(row.id())).map(IdRegistry.Entry::id);
    if (id.isEmpty()
        && ids.isComplete(IdRegistry.Kind.KPI)
        && ids.isComplete(IdRegistry.Kind.OBJECTIVE)) {
      row.problems()
          .error(
              row.source(),
              "ID \""
                  + row.key()
                  + "\" is not a KPI, key result or objective;"
                  + " expected an ID from the "
                  + KpiSheetReader.SHEET
                  + ", "
                  + KeyResultSheetReader.SHEET
                  + " or "
                  + ObjectiveSheetReader.SHEET
                  + " sheet");
    }
    return id;
  }
}

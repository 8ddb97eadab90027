package boardpack.write.pdf;

import boardpack.compute.KeyResultRow;
import boardpack.compute.KpiRow;
import boardpack.compute.MeasureChange;
import boardpack.compute.ObjectiveRow;
import boardpack.compute.PackView;
import boardpack.compute.Restatement;
import boardpack.model.Comment;
import boardpack.model.Kpi;
import boardpack.model.Problem;
import boardpack.model.Source;
import java.util.List;
import java.util.Map;
import org.openpdf.text.pdf.BaseFont;

/**
 * Checks that the template's fonts can print every text the plan gives (names, statements, owners,
 * commentary) and every label, so no character silently prints as nothing; a font without one is an
 * error naming the character, where it is, and the keys to change.
 */
final class Glyphs {

  private Glyphs() {}

  static void check(PackView view, Template template, PackFonts fonts) throws TemplateException {
    for (Map.Entry<String, String> label : template.labels().byKey().entrySet()) {
      check(label.getValue(), "the label " + label.getKey(), fonts);
    }
    check(view.header().organisation(), "the organisation", fonts);
    check(view.header().confidentiality(), "the confidentiality label", fonts);
    for (KpiRow row : view.kpis()) {
      Kpi kpi = row.kpi();
      for (String text : List.of(kpi.name(), kpi.owner(), kpi.unit().text(), kpi.dataSource())) {
        check(text, "KPI " + kpi.id().text(), fonts);
      }
    }
    for (ObjectiveRow row : view.objectives()) {
      for (String text :
          List.of(row.objective().statement(), row.objective().owner(), row.objective().team())) {
        check(text, "objective " + row.id().text(), fonts);
      }
    }
    for (KeyResultRow row : view.keyResults()) {
      for (String text : List.of(row.keyResult().statement(), row.keyResult().owner())) {
        check(text, "key result " + row.id().text(), fonts);
      }
    }
    for (Problem problem : view.problems()) {
      check(problem.toString(), "the note " + problem.where().place(), fonts);
    }
    for (Comment comment : view.commentary()) {
      check(comment.text() + comment.author(), "the commentary on " + comment.id().text(), fonts);
    }
    // What changed: a removed measure's name comes from the earlier pack, a source from a ledger.
    for (MeasureChange removed : view.changes().removed()) {
      check(removed.name(), "the earlier pack's " + removed.id().text(), fonts);
    }
    for (Restatement restated : view.changes().restated()) {
      check(
          restated.source().map(Source::place).orElse(""),
          "the source of " + restated.id().text(),
          fonts);
    }
  }

  private static void check(String text, String where, PackFonts fonts) throws TemplateException {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c)
          || Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT) {
        continue;
      }
      if (!printable(fonts.regularBase(), c) || !printable(fonts.boldBase(), c)) {
        throw new TemplateException(
            "the board pack's font has no \""
                + Character.toString(c)
                + "\" (U+"
                + String.format("%04X", c)
                + ") for "
                + where
                + "; give a template whose font.regular and font.bold cover it (--template DIR)");
      }
    }
  }

  private static boolean printable(BaseFont font, int c) {
    return font.charExists(c);
  }
}

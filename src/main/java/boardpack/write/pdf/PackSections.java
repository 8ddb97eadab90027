package boardpack.write.pdf;

import boardpack.compute.KpiRow;
import boardpack.compute.PackView;
import java.util.List;

/**
 * The sections after the contents, in outputs.md's order. A plan with more than 40 KPIs keeps the
 * body short: fewer detail blocks, and the full scorecard table moves to the appendix; a plan
 * without OKRs has no objectives section.
 */
final class PackSections {

  /** Above this many KPIs the scorecard table moves to the appendix. */
  static final int LARGE_PLAN = 40;

  private static final int DETAILS = 10;
  private static final int DETAILS_IN_LARGE_PLAN = 5;

  private PackSections() {}

  static void add(PackDocument pack, PackView view) {
    boolean large = view.kpis().size() > LARGE_PLAN;
    ExecutiveSummary.add(pack, view);
    Dashboard.add(pack, view);
    if (view.hasObjectives()) {
      Objectives.add(pack, view);
    }
    if (!large) {
      pack.section(pack.style().label("section.scorecard"));
      ScorecardTable.add(pack, view.kpiGroups());
    }
    List<KpiRow> details = view.mattersMost();
    if (!details.isEmpty()) {
      int shown = Math.min(details.size(), large ? DETAILS_IN_LARGE_PLAN : DETAILS);
      KpiDetail.add(pack, view, details.subList(0, shown), details.size());
    }
    LeadingIndicators.add(pack, view);
    pack.section(pack.style().label("section.appendix"));
    Definitions.add(pack, view.kpis());
    if (large) {
      pack.newPage();
      pack.part(pack.style().label("section.fullTable"));
      ScorecardTable.add(pack, view.kpiGroups());
    }
    Notes.add(pack, view.problems());
  }
}

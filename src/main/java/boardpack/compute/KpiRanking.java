package boardpack.compute;

import boardpack.model.Band;
import boardpack.model.Direction;
import boardpack.model.Figure;
import boardpack.model.Indicator;
import boardpack.model.Kpi;
import boardpack.model.KpiScore;
import boardpack.model.MonthPoint;
import boardpack.model.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** Which KPIs matter most, how they are grouped and ordered, and which moved most. */
final class KpiRanking {

  static final int DASHBOARD_SIZE = 10;
  static final int MOVERS = 5;

  private KpiRanking() {}

  /** The one place the plan's {@code Board} column plugs in. */
  static boolean isBoard(Kpi kpi) {
    return kpi.board();
  }

  /** Red in the month shown, worked on by an active OKR, leading, or marked Board. */
  static Set<MattersMost> reasons(KpiScore score, boolean activeOkr) {
    Set<MattersMost> reasons = EnumSet.noneOf(MattersMost.class);
    if (score.month().status() == Status.RED) {
      reasons.add(MattersMost.RED);
    }
    if (activeOkr) {
      reasons.add(MattersMost.ACTIVE_OKR);
    }
    Kpi kpi = score.kpi();
    if (kpi.indicator() == Indicator.LEADING || kpi.leads().isPresent()) {
      reasons.add(MattersMost.LEADING);
    }
    if (isBoard(kpi)) {
      reasons.add(MattersMost.BOARD);
    }
    return reasons;
  }

  /** By owner, owners in the order they first appear in the plan, no owner last. */
  static List<KpiGroup> groups(List<KpiRow> rows) {
    Map<String, List<KpiRow>> byOwner = new LinkedHashMap<>();
    Map<String, String> spelled = new LinkedHashMap<>();
    for (KpiRow row : rows) {
      String owner = row.kpi().owner().strip();
      String key = owner.toLowerCase(Locale.ROOT);
      spelled.putIfAbsent(key, owner);
      byOwner.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
    List<KpiGroup> groups = new ArrayList<>();
    byOwner.forEach(
        (key, kpis) -> {
          if (!key.isEmpty()) {
            groups.add(new KpiGroup(spelled.get(key), kpis));
          }
        });
    if (byOwner.containsKey("")) {
      groups.add(new KpiGroup("", byOwner.get("")));
    }
    return groups;
  }

  /** Exceptions first: red, amber, no data, then green; plan order within a status. */
  static List<KpiRow> mattersMost(List<KpiRow> rows) {
    return rows.stream()
        .filter(KpiRow::isMattersMost)
        .sorted(Comparator.comparingInt(row -> severity(row.score().month().status())))
        .toList();
  }

  /** The Board KPIs when the view has any, else those that matter most; at most 10. */
  static List<KpiRow> dashboard(List<KpiRow> rows, List<KpiRow> mattersMost) {
    List<KpiRow> board = rows.stream().filter(KpiRow::board).toList();
    List<KpiRow> chosen = board.isEmpty() ? mattersMost : board;
    return chosen.stream().limit(DASHBOARD_SIZE).toList();
  }

  /**
   * The 5 largest moves against the previous reported month, by the size of the trend's change
   * percent (comparable across units); a KPI with no change percent or no change is not a mover.
   */
  static List<Mover> movers(List<KpiRow> rows) {
    return rows.stream()
        .filter(row -> moved(row.score().trend().changePercent()))
        .sorted(
            Comparator.comparingDouble(
                (KpiRow row) -> -Math.abs(row.score().trend().changePercent().value())))
        .limit(MOVERS)
        .map(KpiRanking::mover)
        .toList();
  }

  private static boolean moved(Figure changePercent) {
    return changePercent.isPresent() && changePercent.value() != 0;
  }

  private static Mover mover(KpiRow row) {
    var trend = row.score().trend();
    return new Mover(row, trend.change(), trend.changePercent(), effect(row.score()));
  }

  /** Up is good for Higher is better, down for Lower; for Within range, closer to the band. */
  static Effect effect(KpiScore score) {
    Figure change = score.trend().change();
    if (change.isAbsent()) {
      return Effect.NONE;
    }
    double c = change.value();
    Direction direction = score.kpi().direction();
    if (direction == Direction.WITHIN_RANGE) {
      return withinRangeEffect(score, c);
    }
    double good = direction == Direction.HIGHER_IS_BETTER ? c : -c;
    return good > 0 ? Effect.FAVOURABLE : good < 0 ? Effect.ADVERSE : Effect.NEUTRAL;
  }

  // The latest reported actual is the last one in the history; the previous is it minus change.
  private static Effect withinRangeEffect(KpiScore score, double change) {
    OptionalDouble latest = OptionalDouble.empty();
    for (MonthPoint point : score.history()) {
      if (point.actual().isPresent()) {
        latest = point.actual().optional();
      }
    }
    if (latest.isEmpty()) {
      return Effect.NONE;
    }
    Band band = score.kpi().band().orElseThrow();
    double now = distance(band, latest.getAsDouble());
    double before = distance(band, latest.getAsDouble() - change);
    return now < before ? Effect.FAVOURABLE : now > before ? Effect.ADVERSE : Effect.NEUTRAL;
  }

  private static double distance(Band band, double actual) {
    return Math.max(Math.max(band.low() - actual, 0), actual - band.high());
  }

  private static int severity(Status status) {
    return switch (status) {
      case RED -> 0;
      case AMBER -> 1;
      case NONE -> 2;
      case GREEN, ACHIEVED -> 3;
    };
  }
}

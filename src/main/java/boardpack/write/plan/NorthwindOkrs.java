package boardpack.write.plan;

import static boardpack.write.plan.CellFormat.COUNT;
import static boardpack.write.plan.CellFormat.DECIMAL;
import static boardpack.write.plan.CellFormat.GBP;
import static boardpack.write.plan.CellFormat.PERCENT;
import static boardpack.write.plan.CellFormat.WHOLE_PERCENT;
import static boardpack.write.plan.Table.row;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Northwind's objectives and key results for the year from April 2026: a three-level cascade (O1 ->
 * O2 -> O3), an objective that ended in September with a high score (O4), one that has not started
 * (O5), and key results of every metric.
 */
final class NorthwindOkrs {

  private static final String CEO = "Hannah Price";
  private static final String CFO = "Olivia Grant";
  private static final String SALES = "Marcus Reed";
  private static final String OUTBOUND = "Priya Shah";
  private static final String DIGITAL = "Tom Okafor";
  private static final String OPS = "Grace Lin";

  private NorthwindOkrs() {}

  static final List<List<Object>> OBJECTIVES =
      List.of(
          row(
              "O1",
              "Grow a profitable coffee brand that customers love",
              CEO,
              "Leadership",
              null,
              ym(2026, 4),
              ym(2027, 3),
              "REV"),
          row(
              "O2",
              "Win new wholesale customers",
              SALES,
              "Sales",
              "O1",
              ym(2026, 7),
              ym(2026, 12),
              "NEWREV"),
          row(
              "O3",
              "Build a repeatable outbound sales motion",
              OUTBOUND,
              "Sales",
              "O2",
              ym(2026, 10),
              ym(2026, 12),
              null),
          row(
              "O4",
              "Launch the coffee subscription",
              DIGITAL,
              "Digital",
              "O1",
              ym(2026, 4),
              ym(2026, 9),
              null),
          row(
              "O5",
              "Open a second roastery in Manchester",
              OPS,
              "Operations",
              "O1",
              ym(2027, 1),
              ym(2027, 3),
              null),
          row(
              "O6",
              "Deliver every order on time",
              OPS,
              "Operations",
              "O1",
              ym(2026, 10),
              ym(2026, 12),
              "OTD"));

  // Blank Type, Due and Weight cells take workbook.md's defaults (Effort for milestones, the
  // objective's End, weight 1).
  static final List<List<Object>> KEY_RESULTS =
      List.of(
          row(
              "KR1.1",
              "O1",
              "Reach £1.2m revenue this financial year",
              CFO,
              "Outcome",
              "Increase",
              gbp(0),
              gbp(1_200_000),
              null,
              null,
              null,
              2,
              "REV"),
          row(
              "KR1.2",
              "O1",
              "Lift gross margin from 58% to 62%",
              CFO,
              "Outcome",
              "Increase",
              pct(0.58),
              pct(0.62),
              null,
              null,
              null,
              null,
              "GM"),
          row(
              "KR2.1",
              "O2",
              "Book £150k of new-customer revenue in the second half",
              SALES,
              "Outcome",
              "Increase",
              gbp(0),
              gbp(150_000),
              null,
              null,
              null,
              null,
              "NEWREV"),
          row(
              "KR2.2",
              "O2",
              "Baseline wholesale customer satisfaction (CSAT, out of 10)",
              SALES,
              "Outcome",
              "Baseline",
              null,
              null,
              null,
              null,
              null,
              null,
              null),
          row(
              "KR3.1",
              "O3",
              "Make 1,500 sales calls this quarter",
              OUTBOUND,
              "Outcome",
              "Increase",
              count(0),
              count(1500),
              null,
              null,
              null,
              null,
              "CALLS"),
          row(
              "KR3.2",
              "O3",
              "Write and adopt the wholesale sales playbook",
              OUTBOUND,
              null,
              "Milestone",
              null,
              null,
              null,
              null,
              null,
              null,
              null),
          row(
              "KR4.1",
              "O4",
              "Reach 1,000 active subscribers",
              DIGITAL,
              "Outcome",
              "Increase",
              count(0),
              count(1000),
              null,
              null,
              null,
              2,
              null),
          row(
              "KR4.2",
              "O4",
              "Launch the subscription web shop",
              DIGITAL,
              "Effort",
              "Milestone",
              null,
              null,
              null,
              null,
              ym(2026, 8),
              1,
              null),
          row(
              "KR4.3",
              "O4",
              "Win 600 new subscriptions by September",
              DIGITAL,
              "Outcome",
              "Increase",
              count(0),
              count(600),
              null,
              null,
              null,
              1,
              "SUBS"),
          row(
              "KR5.1",
              "O5",
              "Sign the lease for the Manchester roastery",
              OPS,
              "Effort",
              "Milestone",
              null,
              null,
              null,
              null,
              null,
              null,
              null),
          row(
              "KR5.2",
              "O5",
              "Win 20 wholesale accounts in the North West",
              OPS,
              "Outcome",
              "Increase",
              count(0),
              count(20),
              null,
              null,
              null,
              null,
              null),
          row(
              "KR6.1",
              "O6",
              "Lift on-time delivery from 90% to 95%",
              OPS,
              "Outcome",
              "Increase",
              pct(0.90),
              pct(0.95),
              null,
              null,
              null,
              null,
              "OTD"),
          row(
              "KR6.2",
              "O6",
              "Keep green-bean inventory between 20 and 30 days",
              OPS,
              "Outcome",
              "Threshold",
              null,
              null,
              count(20),
              count(30),
              null,
              null,
              "INV"),
          row(
              "KR6.3",
              "O6",
              "Cut delivery complaints from 40 to 20 a month",
              OPS,
              "Outcome",
              "Decrease",
              count(40),
              count(20),
              null,
              null,
              null,
              null,
              null),
          row(
              "KR6.4",
              "O6",
              "Sign the new courier contract",
              OPS,
              "Effort",
              "Milestone",
              null,
              null,
              null,
              null,
              null,
              null,
              null));

  /** Actuals rows of the key results that no KPI tracks: ID, name, values by month. */
  record KeyResultActuals(String id, String name, Map<YearMonth, Object> values) {}

  static final List<KeyResultActuals> KEY_RESULT_ACTUALS =
      List.of(
          new KeyResultActuals(
              "KR2.2", "Wholesale CSAT (out of 10)", Map.of(ym(2026, 8), dec(8.2))),
          new KeyResultActuals(
              "KR3.2", "Sales playbook (share done)", Map.of(ym(2026, 10), whole(0.4))),
          // October is after O4's window (April to September): it keeps the history, not the score.
          new KeyResultActuals(
              "KR4.1",
              "Active subscribers",
              Map.of(
                  ym(2026, 4),
                  count(150),
                  ym(2026, 5),
                  count(310),
                  ym(2026, 6),
                  count(480),
                  ym(2026, 7),
                  count(640),
                  ym(2026, 8),
                  count(800),
                  ym(2026, 9),
                  count(960),
                  ym(2026, 10),
                  count(1010))),
          new KeyResultActuals(
              "KR4.2",
              "Subscription web shop (share done)",
              Map.of(ym(2026, 5), whole(0.4), ym(2026, 8), "Done")),
          new KeyResultActuals("KR5.1", "Manchester lease (share done)", Map.of()),
          new KeyResultActuals("KR5.2", "North West wholesale accounts", Map.of()),
          new KeyResultActuals(
              "KR6.3",
              "Delivery complaints",
              Map.of(ym(2026, 8), count(38), ym(2026, 9), count(40), ym(2026, 10), count(32))),
          new KeyResultActuals(
              "KR6.4", "Courier contract signed (1 = done)", Map.of(ym(2026, 10), count(1))));

  static YearMonth ym(int year, int month) {
    return YearMonth.of(year, month);
  }

  private static Num gbp(double value) {
    return Num.of(value, GBP);
  }

  private static Num pct(double value) {
    return Num.of(value, PERCENT);
  }

  private static Num whole(double value) {
    return Num.of(value, WHOLE_PERCENT);
  }

  private static Num count(double value) {
    return Num.of(value, COUNT);
  }

  private static Num dec(double value) {
    return Num.of(value, DECIMAL);
  }
}

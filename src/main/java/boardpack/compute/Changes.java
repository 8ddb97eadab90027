package boardpack.compute;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed since the latest earlier pack whose record was in the output folder (see {@link
 * ChangesComparison} for the rules). Each list is in plan order: KPIs, then key results, then
 * objectives; restatements by measure, then month.
 *
 * @param since the earlier pack's month; empty when there was no earlier record to compare with
 * @param statuses measures in both packs whose status differs
 * @param added measures in this pack that the earlier one did not have
 * @param removed measures the earlier pack had that this plan no longer has (whole-plan view only)
 * @param restated earlier months' actuals that differ from what the earlier pack was built from
 */
public record Changes(
    Optional<YearMonth> since,
    List<StatusChange> statuses,
    List<MeasureChange> added,
    List<MeasureChange> removed,
    List<Restatement> restated) {

  /** No earlier record: nothing to compare with. */
  public static final Changes NO_EARLIER_RECORD =
      new Changes(Optional.empty(), List.of(), List.of(), List.of(), List.of());

  public Changes {
    Objects.requireNonNull(since, "since");
    statuses = List.copyOf(statuses);
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    restated = List.copyOf(restated);
  }

  public boolean comparedWithEarlier() {
    return since.isPresent();
  }

  /** Every change, counted once. */
  public int count() {
    return statuses.size() + added.size() + removed.size() + restated.size();
  }
}

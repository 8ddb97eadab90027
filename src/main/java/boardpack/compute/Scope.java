package boardpack.compute;

import boardpack.model.Plan;
import java.util.Objects;

/**
 * Whose pack a view is for (workbook.md, Distribution: a Scope is All, a team or an owner). Names
 * match ignoring case and surrounding spaces.
 */
public sealed interface Scope {

  /** The whole plan. */
  record All() implements Scope {}

  /** A team: its objectives and their children, their key results, the KPIs those name or track. */
  record Team(String name) implements Scope {
    public Team {
      name = Objects.requireNonNull(name, "name").strip();
    }
  }

  /** A person: the objectives, key results and KPIs they own (see {@link ScopeSelection}). */
  record Owner(String name) implements Scope {
    public Owner {
      name = Objects.requireNonNull(name, "name").strip();
    }
  }

  static Scope all() {
    return new All();
  }

  /**
   * A Distribution sheet's Scope cell read against the plan: blank or {@code All} is the whole
   * plan; a name that is some objective's Team is that team; anything else is an owner.
   */
  static Scope named(String text, Plan plan) {
    String name = Objects.requireNonNull(text, "text").strip();
    if (name.isEmpty() || ScopeSelection.sameName(name, "All")) {
      return all();
    }
    // The team as the plan spells it, so "sales" and "Sales" are one pack.
    return plan.objectives().stream()
        .filter(o -> ScopeSelection.sameName(o.team(), name))
        .findFirst()
        .<Scope>map(o -> new Team(o.team()))
        .orElseGet(() -> new Owner(name));
  }

  /** The scope as a reader sees it: {@code All}, the team's or the owner's name. */
  default String label() {
    return switch (this) {
      case All a -> "All";
      case Team t -> t.name();
      case Owner o -> o.name();
    };
  }
}

package boardpack.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The inputs a figure came from, so an output can link it to the plan without knowing any rule: a
 * value read ({@code 'Q1 plan'!D7}, {@code ledger.csv:14}), a target derived from the annual target
 * ("derived from the annual target in KPIs!H5"), several months combined, or nothing to name.
 */
public sealed interface Origin {

  /** No input to name: the figure is absent, or computed from no one place (a trend). */
  Origin NONE = new None();

  /** The places the figure reads, each once, in the order first read. */
  List<Source> sources();

  /** The origin in words: {@code KPIs!H5}, "derived from the annual target in KPIs!H5". */
  String describe();

  static Origin read(Source source) {
    return new Read(source);
  }

  static Origin fromAnnualTarget(Source annualTarget) {
    return new FromAnnualTarget(annualTarget);
  }

  /** Several months combined; one part is that part itself, none is {@link #NONE}. */
  static Origin combined(List<Origin> parts) {
    return switch (parts.size()) {
      case 0 -> NONE;
      case 1 -> parts.getFirst();
      default -> new Combined(parts);
    };
  }

  record None() implements Origin {

    @Override
    public List<Source> sources() {
      return List.of();
    }

    @Override
    public String describe() {
      return "";
    }
  }

  /** A value of the plan, as read: a cell, or a CSV line that gave it. */
  record Read(Source source) implements Origin {

    public Read {
      Objects.requireNonNull(source, "source");
    }

    @Override
    public List<Source> sources() {
      return List.of(source);
    }

    @Override
    public String describe() {
      return source.place();
    }
  }

  /** A month's target worked out from the KPI's annual target (annual / 12, / 4, or itself). */
  record FromAnnualTarget(Source annualTarget) implements Origin {

    public FromAnnualTarget {
      Objects.requireNonNull(annualTarget, "annualTarget");
    }

    @Override
    public List<Source> sources() {
      return List.of(annualTarget);
    }

    @Override
    public String describe() {
      return "derived from the annual target in " + annualTarget.place();
    }
  }

  /** Months combined by the KPI's aggregation (QTD, YTD, an annual target, a key result's sum). */
  record Combined(List<Origin> parts) implements Origin {

    public Combined {
      parts = List.copyOf(parts);
    }

    @Override
    public List<Source> sources() {
      Set<Source> sources = new LinkedHashSet<>();
      parts.forEach(part -> sources.addAll(part.sources()));
      return List.copyOf(sources);
    }

    @Override
    public String describe() {
      return parts.stream()
          .map(Origin::describe)
          .distinct()
          .collect(Collectors.joining(", ", "combined from ", ""));
    }
  }
}

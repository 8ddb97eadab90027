package boardpack.bench;

import java.util.ArrayList;
import java.util.List;

/** Owners and teams: a pool of names that grows with the plan, each owner in one team. */
final class People {

  static final List<String> TEAMS =
      List.of(
          "Sales",
          "Marketing",
          "Finance",
          "Operations",
          "Product",
          "Engineering",
          "People",
          "Customer Success");

  private static final List<String> FIRST =
      List.of(
          "Hannah", "Olivia", "Marcus", "Priya", "Tom", "Grace", "Amir", "Chloe", "Daniel",
          "Fatima", "George", "Isla", "Jamal", "Keiko", "Liam", "Maya", "Noah", "Zoe", "Ravi",
          "Sofia");
  private static final List<String> LAST =
      List.of(
          "Price",
          "Grant",
          "Reed",
          "Shah",
          "Okafor",
          "Lin",
          "Patel",
          "Evans",
          "Murphy",
          "Kowalski",
          "Nguyen",
          "Jones",
          "Silva",
          "Walsh",
          "Tanaka",
          "Brown",
          "Ahmed",
          "Clarke",
          "Novak",
          "Young");

  private People() {}

  /** {@code count} distinct names, the same for the same count (at most 400). */
  static List<String> owners(int count) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(FIRST.get(i % FIRST.size()) + " " + LAST.get((i / FIRST.size() + i) % LAST.size()));
    }
    return names;
  }

  /** Owner {@code index} works in this team. */
  static String teamOf(int ownerIndex) {
    return TEAMS.get(ownerIndex % TEAMS.size());
  }

  static String email(String name, String domain) {
    return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@" + domain;
  }
}

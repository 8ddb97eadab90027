package boardpack.write.pdf;

import boardpack.model.Scorecard;

/** The sections after the contents, in the order outputs.md gives. */
final class PackSections {

  private PackSections() {}

  static void add(PackDocument pack, Scorecard scorecard) {
    pack.section(pack.style().label("section.summary"));
    pack.paragraph("Placeholder until the pack view lands.");
    pack.section(pack.style().label("section.scorecard"));
    pack.paragraph("Placeholder.");
  }
}

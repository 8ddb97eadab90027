package boardpack.write.pdf;

import java.awt.Color;
import java.util.Objects;

/** The template's colours: saturated ones for status only, greys and one accent for the rest. */
record Palette(
    Color accent,
    Color text,
    Color muted,
    Color rule,
    Color zebra,
    Color green,
    Color amber,
    Color red,
    Color none,
    Color bandPoor,
    Color bandFair,
    Color bandGood) {

  Palette {
    Objects.requireNonNull(accent, "accent");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(muted, "muted");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(zebra, "zebra");
    Objects.requireNonNull(green, "green");
    Objects.requireNonNull(amber, "amber");
    Objects.requireNonNull(red, "red");
    Objects.requireNonNull(none, "none");
    Objects.requireNonNull(bandPoor, "bandPoor");
    Objects.requireNonNull(bandFair, "bandFair");
    Objects.requireNonNull(bandGood, "bandGood");
  }
}

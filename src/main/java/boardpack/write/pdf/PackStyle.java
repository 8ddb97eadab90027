package boardpack.write.pdf;

import java.awt.Color;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;

/** The template's fonts, sizes, colours and labels as the sections use them. */
final class PackStyle {

  private final Template template;
  private final PackFonts fonts;

  PackStyle(Template template, PackFonts fonts) {
    this.template = template;
    this.fonts = fonts;
  }

  Palette palette() {
    return template.palette();
  }

  TypeSizes sizes() {
    return template.sizes();
  }

  Labels labels() {
    return template.labels();
  }

  PackFonts fonts() {
    return fonts;
  }

  Template template() {
    return template;
  }

  Font body() {
    return fonts.regular(sizes().body(), palette().text());
  }

  Font bodyBold() {
    return fonts.bold(sizes().body(), palette().text());
  }

  Font body(Color colour) {
    return fonts.regular(sizes().body(), colour);
  }

  Font bodyBold(Color colour) {
    return fonts.bold(sizes().body(), colour);
  }

  Font small() {
    return fonts.regular(sizes().small(), palette().text());
  }

  Font smallBold() {
    return fonts.bold(sizes().small(), palette().text());
  }

  Font small(Color colour) {
    return fonts.regular(sizes().small(), colour);
  }

  Font smallMuted() {
    return fonts.regular(sizes().small(), palette().muted());
  }

  Font heading() {
    return fonts.bold(sizes().heading(), palette().accent());
  }

  Font subheading() {
    return fonts.bold(sizes().subheading(), palette().text());
  }

  Font title() {
    return fonts.bold(sizes().title(), palette().accent());
  }

  /**
   * An empty phrase in the body font, to add chunks to. Never {@code new Phrase()}: its default
   * font is an unembedded Helvetica, which a paragraph's line ends would then reference.
   */
  Phrase phrase() {
    return new Phrase("", body());
  }

  Phrase smallMuted(String text) {
    return new Phrase(text, smallMuted());
  }

  /** The label, for text the template words. */
  String label(String key) {
    return labels().get(key);
  }
}

package boardpack.write.pdf;

import java.io.IOException;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;

/** The cover: logo, organisation, "Board pack", the period and the confidentiality label. */
final class Cover {

  private Cover() {}

  static void add(PackDocument pack, String organisation, String period, String confidentiality)
      throws IOException {
    PackStyle style = pack.style();
    if (style.template().logo().isPresent()) {
      Image logo = Image.getInstance(style.template().logo().get());
      logo.scaleToFit(120, 60);
      pack.add(logo);
    }
    Paragraph name = new Paragraph(organisation, style.title());
    name.setSpacingBefore(170);
    name.setLeading(style.sizes().title() * 1.15f);
    pack.add(name);
    Paragraph title = new Paragraph(style.label("cover.title"), style.heading());
    title.setSpacingBefore(10);
    pack.add(title);
    Paragraph month =
        new Paragraph(
            period, style.fonts().regular(style.sizes().heading(), style.palette().text()));
    month.setSpacingBefore(6);
    pack.add(month);
    pack.atBottom(
        new Phrase(
            confidentiality,
            style.fonts().bold(style.sizes().subheading(), style.palette().accent())));
  }
}

package boardpack.write.pdf;

import java.io.IOException;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;

/** The cover: logo, organisation, "Board pack", the period and the confidentiality label. */
final class Cover {

  private Cover() {}

  static void add(PackDocument pack, PackHeader header) throws IOException {
    PackStyle style = pack.style();
    if (style.template().logo().isPresent()) {
      Image logo = Image.getInstance(style.template().logo().get());
      logo.scaleToFit(120, 60);
      pack.add(logo);
    }
    Paragraph organisation = new Paragraph(header.organisation(), style.title());
    organisation.setSpacingBefore(170);
    organisation.setLeading(style.sizes().title() * 1.15f);
    pack.add(organisation);
    Paragraph title = new Paragraph(style.label("cover.title"), style.heading());
    title.setSpacingBefore(10);
    pack.add(title);
    Paragraph period =
        new Paragraph(header.periodText(), style.fonts().regular(style.sizes().heading(), style.palette().text()));
    period.setSpacingBefore(6);
    pack.add(period);
    pack.atBottom(new Phrase(header.confidentiality(), style.fonts().bold(style.sizes().subheading(), style.palette().accent())));
  }
}

package boardpack.write.pdf;

import boardpack.compute.PackHeader;
import boardpack.compute.Scope;
import java.io.IOException;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;

/**
 * The cover: logo, organisation, "Board pack", the period, whose pack it is when not the whole
 * plan's (a team or an owner), and the confidentiality label at the foot.
 */
final class Cover {

  private Cover() {}

  static void add(PackDocument pack, PackHeader header, String period) throws IOException {
    PackStyle style = pack.style();
    if (style.template().logo().isPresent()) {
      Image logo = Image.getInstance(style.template().logo().get());
      logo.scaleToFit(120, 60);
      pack.add(logo);
    }
    Paragraph name = new Paragraph(header.organisation(), style.title());
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
    if (!(header.scope() instanceof Scope.All)) {
      Paragraph scope =
          new Paragraph(style.labels().format("cover.scope", header.scope().label()), style.body());
      scope.setSpacingBefore(12);
      pack.add(scope);
    }
    pack.atBottom(
        new Phrase(
            header.confidentiality(),
            style.fonts().bold(style.sizes().subheading(), style.palette().accent())));
  }
}

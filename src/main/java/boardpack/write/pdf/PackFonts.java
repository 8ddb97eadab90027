package boardpack.write.pdf;

import java.awt.Color;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * The template's two faces, embedded in the PDF (subset, Identity-H so any character the font has
 * prints) and registered with AWT, so charts are measured with the font they are drawn in.
 */
final class PackFonts implements FontMapper {

  private final BaseFont regular;
  private final BaseFont bold;
  private final java.awt.Font awtRegular;
  private final java.awt.Font awtBold;

  private PackFonts(
      BaseFont regular, BaseFont bold, java.awt.Font awtRegular, java.awt.Font awtBold) {
    this.regular = regular;
    this.bold = bold;
    this.awtRegular = awtRegular;
    this.awtBold = awtBold;
  }

  static PackFonts of(Template template) throws IOException {
    return new PackFonts(
        embedded("regular.ttf", template.regularFont()),
        embedded("bold.ttf", template.boldFont()),
        awt(template.regularFont()),
        awt(template.boldFont()));
  }

  /** TrueType starts 00 01 00 00 or "true"; OpenType with TrueType outlines likewise. */
  static boolean isTrueType(byte[] bytes) {
    return bytes.length > 4
        && (bytes[0] == 0 && bytes[1] == 1 && bytes[2] == 0 && bytes[3] == 0
            || bytes[0] == 't' && bytes[1] == 'r' && bytes[2] == 'u' && bytes[3] == 'e');
  }

  Font regular(float size, Color colour) {
    return new Font(regular, size, Font.NORMAL, colour);
  }

  Font bold(float size, Color colour) {
    return new Font(bold, size, Font.NORMAL, colour);
  }

  BaseFont regularBase() {
    return regular;
  }

  BaseFont boldBase() {
    return bold;
  }

  /** The AWT face for chart text; bold or regular. */
  java.awt.Font awt(boolean isBold, float size) {
    return (isBold ? awtBold : awtRegular).deriveFont(size);
  }

  /** Every AWT font a chart asks for prints in the template's face, never a base-14 font. */
  @Override
  public BaseFont awtToPdf(java.awt.Font font) {
    return font.isBold() ? bold : regular;
  }

  @Override
  public java.awt.Font pdfToAwt(BaseFont font, int size) {
    return awt(font == bold, size);
  }

  private static BaseFont embedded(String name, byte[] ttf) throws IOException {
    BaseFont font =
        BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
    font.setSecureRandom(subsetPrefixes(name));
    return font;
  }

  // The subset's name prefix (ABCDEF+LiberationSans) is random by default, so the same pack came
  // out with different bytes each run; drawn from a generator seeded by the font's name, it is the
  // same every run. It only has to tell subsets apart within one file, not be secret.
  private static SecureRandom subsetPrefixes(String name) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(name.getBytes(StandardCharsets.UTF_8));
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA1PRNG", e);
    }
  }

  private static java.awt.Font awt(byte[] ttf) throws IOException {
    try {
      java.awt.Font font =
          java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
      GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
      return font;
    } catch (FontFormatException e) {
      throw new IOException("the template's font is not a TrueType font", e);
    }
  }
}

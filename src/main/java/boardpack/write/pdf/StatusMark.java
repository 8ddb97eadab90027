package boardpack.write.pdf;

import boardpack.model.Status;
import java.awt.Color;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;

/**
 * A status as a shape and a word, the shape in the status colour, so it reads printed in grey and
 * by a colour-blind reader: ● on track or achieved, ▲ at risk, ▼ off track, ○ no data.
 */
final class StatusMark {

  private StatusMark() {}

  static String shape(Status status) {
    return switch (status) {
      case ACHIEVED, GREEN -> "\u25CF";
      case AMBER -> "\u25B2";
      case RED -> "\u25BC";
      case NONE -> "\u25CB";
    };
  }

  static String word(Status status, Labels labels) {
    return labels.get(key(status));
  }

  static Color colour(Status status, Palette palette) {
    return switch (status) {
      case ACHIEVED, GREEN -> palette.green();
      case AMBER -> palette.amber();
      case RED -> palette.red();
      case NONE -> palette.none();
    };
  }

  /** "● On track", the shape coloured, the word in {@code wordFont}. */
  static Phrase phrase(Status status, PackStyle style, Font wordFont) {
    Font shapeFont = style.fonts().regular(wordFont.getSize(), colour(status, style.palette()));
    Phrase phrase = style.phrase();
    phrase.add(new Chunk(shape(status) + "\u00A0", shapeFont));
    phrase.add(new Chunk(word(status, style.labels()), wordFont));
    return phrase;
  }

  private static String key(Status status) {
    return switch (status) {
      case ACHIEVED -> "status.achieved";
      case GREEN -> "status.green";
      case AMBER -> "status.amber";
      case RED -> "status.red";
      case NONE -> "status.none";
    };
  }
}

package boardpack.write.xlsx;

import static boardpack.write.xlsx.CellStyles.rgb;

import boardpack.model.Status;

/**
 * How a status reads without colour: a shape and a word (● on track, ▲ at risk, ▼ off track), and
 * the light fill and dark text that print as distinct greys.
 */
record StatusLook(String label, byte[] fill, byte[] text) {

  static StatusLook of(Status status) {
    return switch (status) {
      case ACHIEVED -> new StatusLook("★ Achieved", rgb(0xA9, 0xD0, 0x8E), rgb(0x1E, 0x4D, 0x1E));
      case GREEN -> new StatusLook("● Green", rgb(0xC6, 0xEF, 0xCE), rgb(0x00, 0x61, 0x00));
      case AMBER -> new StatusLook("▲ Amber", rgb(0xFF, 0xEB, 0x9C), rgb(0x7F, 0x46, 0x00));
      case RED -> new StatusLook("▼ Red", rgb(0xFF, 0xC7, 0xCE), rgb(0x9C, 0x00, 0x06));
      case NONE -> new StatusLook("– No data", null, rgb(0x59, 0x59, 0x59));
    };
  }
}

package boardpack.write.plan;

/** A number for a cell, with the format it is shown in. */
record Num(double value, CellFormat format) {

  static Num of(double value, CellFormat format) {
    return new Num(value, format);
  }
}

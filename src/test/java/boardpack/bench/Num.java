package boardpack.bench;

/** A number cell with the format a finance user would give it. */
record Num(double value, Format format) {

  enum Format {
    WHOLE("#,##0"),
    DECIMAL("#,##0.0"),
    PERCENT("0.0%"),
    GBP("£#,##0");

    final String pattern;

    Format(String pattern) {
      this.pattern = pattern;
    }
  }
}

package boardpack.write.plan;

/** Excel number formats the sample workbook uses, so it opens looking like a finance workbook. */
enum CellFormat {
  TEXT(null),
  COUNT("#,##0"),
  DECIMAL("#,##0.0"),
  PERCENT("0.0%"),
  WHOLE_PERCENT("0%"),
  // The pound sign is quoted: Excel and LibreOffice both read a quoted literal the same way.
  GBP("\"£\"#,##0"),
  GBP_PENCE("\"£\"#,##0.00"),
  MONTH("mmm yyyy");

  private final String pattern;

  CellFormat(String pattern) {
    this.pattern = pattern;
  }

  /** The Excel format code, or null for General. */
  String pattern() {
    return pattern;
  }
}

package boardpack.model;

/**
 * An error stops the run; a warning is reported and the run goes on; a note says which default
 * decided a figure where the author may have meant otherwise (workbook.md: General rules), and
 * changes nothing.
 */
public enum Severity {
  ERROR,
  WARNING,
  NOTE
}

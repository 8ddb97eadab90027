package boardpack.model;

/** Which files a recipient of the pack receives. */
public enum Attachment {
  PDF,
  XLSX,
  BOTH
}

package boardpack.model;

/** Paper size of the board pack. */
public enum PageSize {
  A4,
  LETTER
}

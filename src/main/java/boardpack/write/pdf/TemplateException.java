package boardpack.write.pdf;

/**
 * A board-pack template that cannot be used, with the file and key to fix: {@code
 * my-look/theme.properties: colour.accent "blue" is not a colour; expected #RRGGBB such as
 * #1F4E79}.
 */
public final class TemplateException extends Exception {

  private static final long serialVersionUID = 1L;

  TemplateException(String message) {
    super(message);
  }
}

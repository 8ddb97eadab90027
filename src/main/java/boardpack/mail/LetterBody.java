package boardpack.mail;

/** The body of a pack's message, as plain text and as the same lines in simple HTML. */
final class LetterBody {

  private static final String CRLF = "\r\n";

  private LetterBody() {}

  static String plain(MessageText text) {
    StringBuilder body = new StringBuilder(text.greeting()).append(CRLF).append(CRLF);
    text.lines().forEach(line -> body.append(line).append(CRLF));
    return body.toString();
  }

  static String html(MessageText text) {
    StringBuilder body =
        new StringBuilder("<!DOCTYPE html>")
            .append(CRLF)
            .append("<html><head><meta charset=\"utf-8\"><title>")
            .append(escape(text.subject()))
            .append("</title></head>")
            .append(CRLF)
            .append("<body style=\"font-family: sans-serif\">")
            .append(CRLF)
            .append("<p>")
            .append(escape(text.greeting()))
            .append("</p>")
            .append(CRLF)
            .append("<p>");
    for (String line : text.lines()) {
      body.append(line.isEmpty() ? "</p>" + CRLF + "<p>" : escape(line) + "<br>" + CRLF);
    }
    return body.append("</p>").append(CRLF).append("</body></html>").append(CRLF).toString();
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}

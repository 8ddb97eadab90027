package boardpack.cli;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --smtp HOST:PORT}: a host name or address ({@code [::1]} for IPv6) and a port. */
record HostPort(String host, int port) {

  private static final Pattern FORM = Pattern.compile("(\\[[^\\]]+\\]|[^:\\[\\]\\s]+):(\\d{1,5})");

  HostPort {
    Objects.requireNonNull(host, "host");
  }

  static final class Converter implements ITypeConverter<HostPort> {
    @Override
    public HostPort convert(String text) {
      Matcher form = FORM.matcher(text.strip());
      if (form.matches()) {
        int port = Integer.parseInt(form.group(2));
        String host = form.group(1).replaceAll("^\\[|\\]$", "");
        if (port >= 1 && port <= 65535) {
          return new HostPort(host, port);
        }
      }
      throw new TypeConversionException(
          "\""
              + text
              + "\" is not HOST:PORT; give the server and its port, for example"
              + " smtp.example.com:587");
    }
  }
}

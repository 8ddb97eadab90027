package boardpack.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What a run takes from the machine rather than the command line, so tests can give their own: the
 * environment (SMTP login), the pack's files, the clock (message dates, the send log) and whether
 * standard output is a terminal (a progress line, or plain lines).
 */
record RunContext(Map<String, String> environment, PackParts parts, Clock clock, boolean terminal) {

  RunContext {
    environment = Map.copyOf(environment);
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(clock, "clock");
  }

  static RunContext system() {
    return new RunContext(System.getenv(), PackParts.standard(), Clock.systemUTC(), isTerminal());
  }

  // From Java 22 System.console() is there even when output is redirected; isTerminal() says.
  private static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}

package boardpack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time of this JVM's finished child processes and their own waited-for children (Linux's
 * cutime + cstime in /proc/self/stat), so a launcher script's java counts too; -1 elsewhere.
 */
final class ChildCpu {

  private static final Path STAT = Path.of("/proc/self/stat");
  private static final long TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux build

  private ChildCpu() {}

  static long nanos() {
    try {
      String stat = Files.readString(STAT);
      // The command name (field 2) may hold spaces; the fields after its ')' are plain numbers.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]); // fields 16, 17
      return ticks * (1_000_000_000L / TICKS_PER_SECOND);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}

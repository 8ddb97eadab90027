package boardpack.compute;

import java.io.IOException;

/**
 * Classes that break the compute rules, for ArchitectureRulesCatchViolationsTest; never run. Fully
 * qualified on purpose: the rules must catch a call that no import line shows. Public and top
 * level, it also breaks the rule that compute shows only the engine and the view.
 */
public final class ComputeViolations {

  private ComputeViolations() {}

  public static final class ReadsTheMonth {
    Object month() {
      return java.time.YearMonth.now();
    }
  }

  public static final class ReadsTheNanoClock {
    long ticks() {
      return System.nanoTime();
    }
  }

  public static final class ReadsTheEnvironment {
    String home() {
      return System.getenv("HOME");
    }
  }

  public static final class ReadsASystemProperty {
    String user() {
      return System.getProperty("user.name");
    }
  }

  public static final class ReadsAFile {
    String plan() throws IOException {
      return java.nio.file.Files.readString(java.nio.file.Path.of("plan.csv"));
    }
  }

  public static final class PrintsToTheConsole {
    void print() {
      System.out.println("figure");
    }
  }

  public static final class UsesPoi {
    Object workbook() {
      return new org.apache.poi.xssf.usermodel.XSSFWorkbook();
    }
  }

  public static final class CallsCli {
    void run() {
      boardpack.cli.Main.main(new String[0]);
    }
  }
}

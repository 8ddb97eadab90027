package boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import boardpack.write.pdf.Template;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RunSettingsTest {

  private static RunSettings withWriters(int writers) throws Exception {
    return new RunSettings(
        Path.of("out"), new MailOptions(), Template.builtIn(), RunContext.system(), writers);
  }

  @Test
  void into_onePlanAtATime_keepsEveryWriter() throws Exception {
    assertEquals(4, withWriters(4).into(Path.of("out/a"), 1).writers());
  }

  @Test
  void into_plansAtOnce_shareTheWriters() throws Exception {
    // 4 cores, 2 plans at once: 2 writers each; 3 plans: 1 each (4 / 3 rounded down)
    assertEquals(2, withWriters(4).into(Path.of("out/a"), 2).writers());
    assertEquals(1, withWriters(4).into(Path.of("out/a"), 3).writers());
  }

  @Test
  void into_morePlansThanCores_stillOneWriterEach() throws Exception {
    assertEquals(1, withWriters(2).into(Path.of("out/a"), 8).writers());
  }
}

package boardpack.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {

  @TempDir Path out;

  @Test
  void commit_movesEveryFileIntoPlace() throws IOException {
    try (StagedOutput output = StagedOutput.in(out)) {
      output.write("a.csv", stream -> stream.write("new a".getBytes(StandardCharsets.UTF_8)));
      output.write("b.csv", stream -> stream.write("new b".getBytes(StandardCharsets.UTF_8)));

      assertEquals(List.of(out.resolve("a.csv"), out.resolve("b.csv")), output.commit());
    }
    assertEquals(List.of("a.csv", "b.csv"), names());
    assertEquals("new b", Files.readString(out.resolve("b.csv")));
  }

  @Test
  void failedRun_leavesEarlierFilesIntactAndNoPartFile() throws IOException {
    Files.writeString(out.resolve("a.csv"), "earlier a");
    Files.writeString(out.resolve("b.csv"), "earlier b");

    assertThrows(
        IOException.class,
        () -> {
          try (StagedOutput output = StagedOutput.in(out)) {
            output.write("a.csv", stream -> stream.write("new a".getBytes(StandardCharsets.UTF_8)));
            output.write(
                "b.csv",
                stream -> {
                  stream.write("half".getBytes(StandardCharsets.UTF_8));
                  throw new IOException("disk full");
                });
            output.commit();
          }
        });

    assertEquals(List.of("a.csv", "b.csv"), names());
    assertEquals("earlier a", Files.readString(out.resolve("a.csv")));
    assertEquals("earlier b", Files.readString(out.resolve("b.csv")));
  }

  @Test
  void in_createsAMissingFolder() throws IOException {
    Path folder = out.resolve("reports/2026");

    try (StagedOutput output = StagedOutput.in(folder)) {
      output.write("a.csv", stream -> stream.write('x'));
      output.commit();
    }

    assertEquals("x", Files.readString(folder.resolve("a.csv")));
  }

  @Test
  void writeAll_twoThreads_writesTwoFilesAtOnce() throws IOException {
    // Each content waits until the other has started: only two writers at once get past it.
    CountDownLatch bothStarted = new CountDownLatch(2);
    StagedOutput.Content meetTheOther =
        stream -> {
          bothStarted.countDown();
          try {
            if (!bothStarted.await(30, TimeUnit.SECONDS)) {
              throw new IOException("the other file was not being written at the same time");
            }
          } catch (InterruptedException e) {
            throw new IOException(e);
          }
          stream.write('x');
        };

    try (StagedOutput output = StagedOutput.in(out)) {
      output.writeAll(
          List.of(
              new StagedOutput.File("a.pdf", meetTheOther),
              new StagedOutput.File("b.xlsx", meetTheOther)),
          2);
      output.commit();
    }

    assertEquals(List.of("a.pdf", "b.xlsx"), names());
  }

  @Test
  void writeAll_commitListsTheFilesInTheOrderGiven_whicheverFinishesFirst() throws IOException {
    CountDownLatch secondDone = new CountDownLatch(1);
    StagedOutput.Content afterTheSecond =
        stream -> {
          try {
            secondDone.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            throw new IOException(e);
          }
          stream.write('1');
        };
    StagedOutput.Content second =
        stream -> {
          stream.write('2');
          secondDone.countDown();
        };

    try (StagedOutput output = StagedOutput.in(out)) {
      output.writeAll(
          List.of(
              new StagedOutput.File("first.pdf", afterTheSecond),
              new StagedOutput.File("second.pdf", second)),
          2);

      assertEquals(List.of(out.resolve("first.pdf"), out.resolve("second.pdf")), output.commit());
    }
    assertEquals("1", Files.readString(out.resolve("first.pdf")));
  }

  @Test
  void writeAll_oneFails_throwsItAfterTheOthersStop_andLeavesNoPartFile() throws IOException {
    Files.writeString(out.resolve("a.pdf"), "earlier a");
    AtomicBoolean slowFinished = new AtomicBoolean();
    StagedOutput.Content slow =
        stream -> {
          stream.write("new a".getBytes(StandardCharsets.UTF_8));
          // Still writing when the other fails, and deaf to interrupts, as a layout is.
          long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
          while (System.nanoTime() < end) {
            Thread.onSpinWait();
          }
          slowFinished.set(true);
        };
    StagedOutput.Content failing =
        stream -> {
          stream.write("half".getBytes(StandardCharsets.UTF_8));
          throw new IOException("disk full");
        };

    IOException thrown =
        assertThrows(
            IOException.class,
            () -> {
              try (StagedOutput output = StagedOutput.in(out)) {
                output.writeAll(
                    List.of(
                        new StagedOutput.File("b.pdf", failing),
                        new StagedOutput.File("a.pdf", slow)),
                    2);
                output.commit();
              }
            });

    assertEquals("disk full", thrown.getMessage());
    assertTrue(slowFinished.get(), "the failure waited for the other writer to stop");
    assertEquals(List.of("a.pdf"), names());
    assertEquals("earlier a", Files.readString(out.resolve("a.pdf")));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}

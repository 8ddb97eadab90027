package boardpack.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a generated plan as an .xlsx with POI's streaming SXSSF (a window of rows in memory, the
 * rest in temporary files), with shared strings as Excel writes them, then rewrites the zip with
 * one fixed entry time so the same plan always gives the same bytes.
 */
final class PlanWorkbook {

  private static final int ROWS_IN_MEMORY = 200;
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 11, 4, 0, 0);

  private PlanWorkbook() {}

  static void write(BenchPlan plan, Path file) throws IOException {
    write(plan, file, true);
  }

  /** The plan with or without its Distribution sheet (one pack, or one per scope). */
  static void write(BenchPlan plan, Path file, boolean distribution) throws IOException {
    Path raw = Files.createTempFile("boardpack-bench", ".xlsx");
    try {
      try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, true);
          OutputStream out = Files.newOutputStream(raw)) {
        PlanSheets.write(plan, new SheetWriter(workbook), distribution);
        Date created =
            Date.from(LocalDate.of(2026, 11, 4).atStartOfDay().toInstant(ZoneOffset.UTC));
        workbook
            .getXSSFWorkbook()
            .getProperties()
            .getCoreProperties()
            .setCreated(Optional.of(created));
        workbook
            .getXSSFWorkbook()
            .getProperties()
            .getCoreProperties()
            .setCreator("boardpack bench");
        workbook.write(out);
      }
      rewriteWithFixedTimes(raw, file);
    } finally {
      Files.deleteIfExists(raw);
    }
  }

  // Deflated as Excel does; the same JDK's zlib gives the same bytes for the same content.
  private static void rewriteWithFixedTimes(Path raw, Path file) throws IOException {
    // ZipFile, not ZipInputStream: the sizes are in the central directory, not the local headers.
    try (ZipFile in = new ZipFile(raw.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (ZipEntry entry : Collections.list(in.entries())) {
        ZipEntry fixed = new ZipEntry(entry.getName());
        fixed.setTimeLocal(ENTRY_TIME);
        out.putNextEntry(fixed);
        try (InputStream content = in.getInputStream(entry)) {
          content.transferTo(out);
        }
        out.closeEntry();
      }
    }
  }
}

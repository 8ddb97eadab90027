package boardpack.write.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an .xlsx) so the same content always gives the same bytes: POI stamps every entry
 * with the time of writing, and deflated bytes may differ between zlib builds. Entries keep their
 * order and content, stored uncompressed with one fixed time.
 */
final class ReproducibleZip {

  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 11, 4, 0, 0);

  private ReproducibleZip() {}

  static void rewrite(byte[] zip, OutputStream out) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream rewritten = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        rewritten.putNextEntry(storedEntry(entry.getName(), content));
        rewritten.write(content);
        rewritten.closeEntry();
      }
    }
  }

  private static ZipEntry storedEntry(String name, byte[] content) {
    CRC32 crc = new CRC32();
    crc.update(content);
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(content.length);
    entry.setCompressedSize(content.length);
    entry.setCrc(crc.getValue());
    // A local time, not an instant, so the bytes do not depend on the machine's time zone.
    entry.setTimeLocal(ENTRY_TIME);
    return entry;
  }
}

package boardpack.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what a file is from its first bytes (POI's {@link FileMagic}) and, for zip and OLE2
 * containers, from the names of their entries, before POI is asked to parse anything.
 */
final class FileSniffer {

  private static final int HEAD_BYTES = 8192;
  private static final Set<String> TEXT_EXTENSIONS = Set.of("csv", "tsv", "txt");

  private FileSniffer() {}

  /** The kind of an existing, readable file. */
  static FileKind kindOf(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      return FileKind.FOLDER;
    }
    byte[] head = head(file);
    if (head.length == 0) {
      return FileKind.EMPTY;
    }
    return switch (FileMagic.valueOf(head)) {
      case OOXML -> zipKind(file);
      case OLE2 -> ole2Kind(file);
      case XML -> xmlKind(asText(head));
      case BIFF2, BIFF3, BIFF4 -> FileKind.OLD_EXCEL;
      case PDF -> FileKind.PDF;
      case HTML -> FileKind.HTML;
      case RTF, WORD2, MSWRITE -> FileKind.WORD;
      case JPEG, GIF, PNG, TIFF, WMF, EMF, BMP -> FileKind.IMAGE;
      case UNKNOWN -> unknownKind(file, head);
    };
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD_BYTES);
    }
  }

  // Only entry names are read (and the tiny ODF mimetype), so a zip bomb is never expanded here.
  private static FileKind zipKind(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Set<String> names =
          zip.stream()
              .map(entry -> entry.getName().replace('\\', '/').toLowerCase(Locale.ROOT))
              .collect(Collectors.toSet());
      if (names.contains("mimetype")) {
        return openDocumentKind(zip);
      }
      return zipKindByNames(names);
    } catch (IOException | RuntimeException e) {
      return FileKind.OOXML; // a zip Java cannot list: let POI try, and name what it finds
    }
  }

  private static FileKind zipKindByNames(Set<String> names) {
    if (names.contains("xl/workbook.bin")) {
      return FileKind.XLSB;
    }
    if (names.contains("word/document.xml")) {
      return FileKind.WORD;
    }
    if (names.contains("ppt/presentation.xml")) {
      return FileKind.POWERPOINT;
    }
    boolean officeLike =
        names.contains("[content_types].xml") || names.stream().anyMatch(n -> n.startsWith("xl/"));
    return officeLike ? FileKind.OOXML : FileKind.ZIP;
  }

  private static FileKind openDocumentKind(ZipFile zip) throws IOException {
    ZipEntry entry = zip.getEntry("mimetype");
    if (entry == null) {
      return FileKind.OPEN_DOCUMENT;
    }
    try (InputStream in = zip.getInputStream(entry)) {
      String mimeType = new String(in.readNBytes(100), StandardCharsets.US_ASCII);
      return mimeType.startsWith("application/vnd.oasis.opendocument.spreadsheet")
          ? FileKind.OPEN_DOCUMENT_SPREADSHEET
          : FileKind.OPEN_DOCUMENT;
    }
  }

  // An OLE2 file holds a BIFF workbook ("Workbook", or "Book" for Excel 5), an encrypted OOXML
  // package ("EncryptionInfo"), or another Office document.
  private static FileKind ole2Kind(Path file) throws IOException {
    Set<String> names;
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      names = entryNames(fs.getRoot());
    } catch (RuntimeException e) {
      return FileKind.DAMAGED;
    }
    if (names.contains("encryptioninfo")) {
      return FileKind.ENCRYPTED;
    }
    if (names.contains("workbook") || names.contains("book")) {
      return FileKind.OLE2;
    }
    if (names.contains("worddocument")) {
      return FileKind.WORD;
    }
    return names.contains("powerpoint document") ? FileKind.POWERPOINT : FileKind.OTHER_OFFICE;
  }

  private static Set<String> entryNames(DirectoryEntry root) {
    return root.getEntryNames().stream()
        .map(name -> name.toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
  }

  private static FileKind unknownKind(Path file, byte[] head) {
    if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
      return FileKind.DAMAGED; // a zip signature POI does not take: an empty or broken archive
    }
    if (!looksLikeText(head)) {
      return FileKind.UNKNOWN;
    }
    String text = asText(head).strip();
    if (text.startsWith("<")) {
      return xmlKind(text);
    }
    return looksLikeCsv(file, text) ? FileKind.CSV : FileKind.TEXT;
  }

  private static FileKind xmlKind(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("urn:schemas-microsoft-com:office:spreadsheet")
        || lower.contains("progid=\"excel.sheet\"")) {
      return FileKind.SPREADSHEET_ML_2003;
    }
    if (lower.contains("urn:oasis:names:tc:opendocument")) {
      return lower.contains("opendocument.spreadsheet")
          ? FileKind.OPEN_DOCUMENT_SPREADSHEET
          : FileKind.OPEN_DOCUMENT;
    }
    return lower.contains("<html") ? FileKind.HTML : FileKind.XML;
  }

  private static boolean looksLikeCsv(Path file, String text) {
    String name = FileKind.nameOf(file).toLowerCase(Locale.ROOT);
    String extension = name.substring(name.lastIndexOf('.') + 1);
    String firstLine = text.lines().findFirst().orElse("");
    return TEXT_EXTENSIONS.contains(extension) || firstLine.matches(".*[,;\t].*");
  }

  private static boolean looksLikeText(byte[] head) {
    if (isUtf16(head)) {
      return true;
    }
    long control = 0;
    for (byte b : head) {
      if (b == 0) {
        return false;
      }
      if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    return control * 20 < head.length; // under 5% control characters
  }

  private static boolean isUtf16(byte[] head) {
    return head.length >= 2
        && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
            || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
  }

  private static String asText(byte[] head) {
    String text =
        new String(head, isUtf16(head) ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}

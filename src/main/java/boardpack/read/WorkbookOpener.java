package boardpack.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.XLSBUnsupportedException;

/**
 * Opens a plan workbook (.xlsx, .xlsm, .xls) read-only, or says in one line why it cannot
 * (workbook.md, General rules). Macros are never run: POI does not run them.
 */
public final class WorkbookOpener {

  /**
   * No part of a plan workbook comes near this once unzipped; a bigger one would not fit in the 256
   * MB heap the tool promises, so it is refused as a bomb before it is expanded.
   */
  private static final long MAX_PART_BYTES = 100L * 1024 * 1024;

  private static final int MAX_CAUSES = 20;

  static {
    ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
  }

  private WorkbookOpener() {}

  /**
   * The sheets of a .xlsx or .xlsm, streamed; empty when the workbook is to be opened with {@link
   * #open} instead: a .xls, a workbook with a formula to evaluate, or one the stream cannot read
   * (POI's objects then read it or say in one line why not). The system property {@code
   * boardpack.reader=object} turns streaming off.
   */
  static Optional<List<SheetGrid>> stream(Path file) throws UnreadableFileException {
    FileKind kind = kindOf(file);
    if (!kind.mayBeWorkbook()) {
      throw kind.refuse(file);
    }
    if (kind != FileKind.OOXML || "object".equals(System.getProperty("boardpack.reader"))) {
      return Optional.empty();
    }
    try {
      return Optional.of(StreamedWorkbook.read(file));
    } catch (OutOfMemoryError e) {
      throw FileKind.TOO_LARGE.refuse(file, e);
    } catch (Exception | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /** The workbook, read-only; the caller closes it. */
  public static Workbook open(Path file) throws UnreadableFileException {
    FileKind kind = kindOf(file);
    if (!kind.mayBeWorkbook()) {
      throw kind.refuse(file);
    }
    try {
      return everyCellReadable(WorkbookFactory.create(file.toFile(), null, true));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw failure(kind, e).refuse(file, e);
    } catch (OutOfMemoryError e) {
      throw FileKind.TOO_LARGE.refuse(file, e);
    }
  }

  /**
   * A fuzzed .xls can open and then fail when a cell's style or type is asked for (a style index
   * past the end of the style table); touching each once here turns that into "damaged" for every
   * reader. Measured: about 100 ms for 200,000 cells once the JVM is warm.
   */
  private static Workbook everyCellReadable(Workbook workbook) throws IOException {
    try {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            cell.getCellStyle().getDataFormatString();
            cell.getCellType();
          }
        }
      }
      return workbook;
    } catch (RuntimeException e) {
      workbook.close();
      throw e;
    }
  }

  /**
   * For a reader that meets an exception inside a workbook this class opened (a fuzzed file can
   * open and then fail on a cell's style): the one line that says the file is damaged.
   */
  public static UnreadableFileException damaged(Path file, RuntimeException cause) {
    return failure(FileKind.OOXML, cause).refuse(file, cause);
  }

  private static FileKind kindOf(Path file) throws UnreadableFileException {
    if (!Files.exists(file)) {
      Path folder = file.toAbsolutePath().normalize().getParent();
      throw new UnreadableFileException(
          FileKind.nameOf(file)
              + ": no such file in "
              + folder
              + "; check the name and the folder and run again");
    }
    try {
      return FileSniffer.kindOf(file);
    } catch (AccessDeniedException e) {
      throw new UnreadableFileException(
          FileKind.nameOf(file)
              + ": permission denied; ask for read access to the file (or copy it somewhere you can read) and run again",
          e);
    } catch (IOException e) {
      throw new UnreadableFileException(
          FileKind.nameOf(file)
              + ": cannot be read ("
              + oneLine(e.getMessage())
              + "); close it in any program that has it open and run again",
          e);
    }
  }

  /** Names what POI ran into, from the kind tried and the exception and its causes. */
  static FileKind failure(FileKind tried, Throwable e) {
    if (tried == FileKind.ENCRYPTED || e instanceof EncryptedDocumentException) {
      return FileKind.ENCRYPTED;
    }
    if (e instanceof OldExcelFormatException) {
      return FileKind.OLD_EXCEL;
    }
    if (e instanceof ODFNotOfficeXmlFileException) {
      return FileKind.OPEN_DOCUMENT_SPREADSHEET;
    }
    if (e instanceof XLSBUnsupportedException) {
      return FileKind.XLSB;
    }
    return failureByMessage(messages(e));
  }

  // POI reports these only in its messages: Strict OOXML in a POIXMLException, bombs in an
  // IOException from ZipSecureFile or a SAXParseException from its DOCTYPE-refusing parser.
  private static FileKind failureByMessage(String messages) {
    if (messages.contains("strict ooxml")) {
      return FileKind.STRICT_OOXML;
    }
    boolean bomb =
        messages.contains("zip bomb")
            || messages.contains("doctype")
            || messages.contains("entity expansion")
            || messages.contains("potentially malicious")
            || messages.contains("max allowed overall size");
    return bomb ? FileKind.BOMB : FileKind.DAMAGED;
  }

  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    Throwable cause = e;
    for (int i = 0; cause != null && i < MAX_CAUSES; i++, cause = cause.getCause()) {
      all.append(cause.getMessage()).append('\n');
    }
    return all.toString().toLowerCase(Locale.ROOT);
  }

  private static String oneLine(String text) {
    return text == null ? "unknown reason" : text.replaceAll("\\s+", " ").strip();
  }
}

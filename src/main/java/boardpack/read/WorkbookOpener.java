package boardpack.read;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Opens a plan workbook (.xlsx, .xlsm, .xls) read-only, or says in one line why it cannot. */
public final class WorkbookOpener {

  private WorkbookOpener() {}

  public static Workbook open(Path file) throws UnreadableFileException {
    try {
      return WorkbookFactory.create(file.toFile(), null, true);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException(file.getFileName() + ": cannot be read as an Excel workbook", e);
    }
  }
}

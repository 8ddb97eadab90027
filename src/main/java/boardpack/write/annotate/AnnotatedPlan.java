package boardpack.write.annotate;

import boardpack.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * {@code boardpack check PLAN --annotate}: a copy of the plan beside it in which every cell with a
 * problem is filled (red errors, amber warnings, blue notes) and carries a comment with the
 * message, and whose first sheet lists every problem with a link to its cell. The plan itself is
 * only read; nothing else in the copy changes. A legacy .xls plan gets an .xls copy.
 */
public final class AnnotatedPlan {

  private static final String SUFFIX = "-annotated";

  /** Copies named -annotated-2 ... up to this before giving up. */
  private static final int MAX_COPIES = 99;

  private AnnotatedPlan() {}

  /**
   * Writes the annotated copy of {@code plan} beside it and returns its path.
   *
   * @param problems every problem the check found; those in other files (CSV ledgers) or with no
   *     cell in the plan are listed on the first sheet only
   * @throws FileAlreadyExistsException when every name the copy may take is in use
   */
  public static Path write(Path plan, List<Problem> problems) throws IOException {
    byte[] annotated = annotate(Files.readAllBytes(plan), fileName(plan), problems);
    Path target = freeName(plan);
    // CREATE_NEW: never over a file, even one that appeared since the name was chosen.
    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
      out.write(annotated);
    }
    return target;
  }

  /** The workbook {@code plan} (named {@code planName} in problems) annotated, as bytes. */
  static byte[] annotate(byte[] plan, String planName, List<Problem> problems) throws IOException {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(plan))) {
      List<Mark> marks = Mark.of(workbook, planName, problems);
      new CellMarks(workbook).apply(marks);
      ProblemSheet.addFirst(workbook, marks);
      ByteArrayOutputStream out = new ByteArrayOutputStream(plan.length + 4096);
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** {@code plan-annotated.xlsx}, else {@code plan-annotated-2.xlsx}, ... beside the plan. */
  static Path freeName(Path plan) throws FileAlreadyExistsException {
    String name = fileName(plan);
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : ".xlsx";
    for (int n = 1; n <= MAX_COPIES; n++) {
      Path candidate = plan.resolveSibling(stem + SUFFIX + (n == 1 ? "" : "-" + n) + extension);
      if (!Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new FileAlreadyExistsException(
        plan.resolveSibling(stem + SUFFIX + "-" + MAX_COPIES + extension).toString(),
        null,
        "annotated copies up to -" + MAX_COPIES + " exist already; delete the old copies");
  }

  private static String fileName(Path plan) {
    return plan.getFileName() == null ? plan.toString() : plan.getFileName().toString();
  }
}

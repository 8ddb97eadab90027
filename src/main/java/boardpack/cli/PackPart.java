package boardpack.cli;

import boardpack.compute.PackView;
import boardpack.compute.Scope;
import boardpack.model.Attachment;
import boardpack.write.OutputName;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * One file of a pack, written for any scope's view: the seam where the board pack PDF and the
 * scorecard workbook plug in ({@link PackParts#standard()}). Each scope's file is named after the
 * scope: {@code <org>-<YYYY-MM>-board-pack-sales.pdf}; the whole plan's has no suffix.
 *
 * @param kind which recipients get it: PDF to Attach PDF, XLSX to Attach XLSX, both to Both
 * @param name the name between the month and the scope, {@code board-pack}
 * @param extension without the dot, {@code pdf}
 */
record PackPart(Attachment kind, String name, String extension, Writer writer) {

  /** Lays out one scope's view into one file's bytes. */
  @FunctionalInterface
  interface Writer {
    void write(PackView view, OutputStream out) throws IOException;
  }

  PackPart {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(extension, "extension");
    Objects.requireNonNull(writer, "writer");
    if (kind == Attachment.BOTH) {
      throw new IllegalArgumentException("a file is a PDF or an XLSX, not both");
    }
  }

  /** This part's file name for a scope whose name part is {@code scopeSuffix} (empty for All). */
  String fileName(PackView view, String scopeSuffix) {
    String stem = OutputName.stem(view.header().organisation(), view.header().period());
    return stem + "-" + name + (scopeSuffix.isEmpty() ? "" : "-" + scopeSuffix) + "." + extension;
  }

  /** Whether a recipient whose Attach is {@code attach} receives this part. */
  boolean goesTo(Attachment attach) {
    return attach == Attachment.BOTH || attach == kind;
  }

  /** A scope as a file-name part: {@code sales}, {@code grace-lin}; empty for All. */
  static String scopeSuffix(Scope scope) {
    return scope instanceof Scope.All ? "" : OutputName.organisation(scope.label());
  }
}

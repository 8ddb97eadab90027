package boardpack.cli;

import boardpack.compute.PackView;
import boardpack.model.Attachment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Stand-ins for the board pack PDF and the scorecard workbook: each file's bytes name its kind,
 * scope and KPIs, and every write is counted, so tests see which pack went where and how often.
 */
final class FakeParts {

  /** One write: the part's name and the scope it was for. */
  record Write(String part, String scope) {}

  final List<Write> writes = Collections.synchronizedList(new ArrayList<>());

  List<PackPart> standard() {
    return List.of(
        new PackPart(Attachment.PDF, "board-pack", "pdf", (view, out) -> write("PDF", view, out)),
        new PackPart(
            Attachment.XLSX, "scorecard", "xlsx", (view, out) -> write("XLSX", view, out)));
  }

  /** The standard parts, then a third that writes some bytes and fails. */
  List<PackPart> failingHalfWay() {
    List<PackPart> parts = new ArrayList<>(standard());
    parts.add(
        new PackPart(
            Attachment.PDF,
            "appendix",
            "pdf",
            (view, out) -> {
              out.write("%PDF-half".getBytes(StandardCharsets.US_ASCII));
              throw new IOException("disk full");
            }));
    return parts;
  }

  /** The bytes a part writes for a scope. */
  static String content(String kind, PackView view) {
    return kind + " pack for " + view.scope().label() + ": " + view.kpis().size() + " KPIs";
  }

  private void write(String kind, PackView view, java.io.OutputStream out) throws IOException {
    writes.add(new Write(kind, view.scope().label()));
    out.write(content(kind, view).getBytes(StandardCharsets.UTF_8));
  }
}

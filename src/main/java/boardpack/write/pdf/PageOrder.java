package boardpack.write.pdf;

import java.util.List;

/**
 * Where each page of the pack ends up. The pack is written in one pass as cover, body, contents,
 * because the contents lists pages the body has not reached when page 2 would be written; the
 * reader gets cover, contents, body (PdfWriter.reorderPages moves the contents pages).
 *
 * @param bodyEnd the body's last page as written (the cover is page 1, the body follows it)
 * @param pages the pack's page count, the contents' pages included
 */
record PageOrder(int bodyEnd, int pages) {

  PageOrder {
    if (bodyEnd < 1 || pages < bodyEnd) {
      throw new IllegalArgumentException("body ends on page " + bodyEnd + " of " + pages);
    }
  }

  int contentsPages() {
    return pages - bodyEnd;
  }

  /** The number the reader sees on the page written {@code written}th. */
  int finalNumber(int written) {
    if (written == 1) {
      return 1;
    }
    return written <= bodyEnd ? written + contentsPages() : written - bodyEnd + 1;
  }

  /** The headings with the numbers of the pages they were written on as the reader sees them. */
  List<ContentsEntry> numbered(List<ContentsEntry> headings) {
    return headings.stream()
        .map(h -> new ContentsEntry(h.level(), h.title(), finalNumber(h.page())))
        .toList();
  }

  /** For PdfWriter.reorderPages: the page as written that comes 1st, 2nd, ... to the reader. */
  int[] writtenOrder() {
    int[] order = new int[pages];
    order[0] = 1;
    for (int i = 1; i <= contentsPages(); i++) {
      order[i] = bodyEnd + i;
    }
    for (int written = 2; written <= bodyEnd; written++) {
      order[written - 1 + contentsPages()] = written;
    }
    return order;
  }
}

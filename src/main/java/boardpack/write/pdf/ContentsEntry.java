package boardpack.write.pdf;

import java.util.Objects;

/**
 * A heading of the pack: a line of the contents page and a PDF bookmark.
 *
 * @param level 1 for a section, 2 for a part of one (a KPI's detail page, an appendix part)
 * @param page the page it starts on: as written while the pack is laid out (PageFrame), as the
 *     reader sees it in the contents (PageOrder)
 */
record ContentsEntry(int level, String title, int page) {

  ContentsEntry {
    Objects.requireNonNull(title, "title");
  }
}

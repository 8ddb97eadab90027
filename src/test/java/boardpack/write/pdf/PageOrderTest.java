package boardpack.write.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pack written as cover (1), body (2 to 5), contents (6 and 7) reads as cover (1), contents (2
 * and 3), body (4 to 7).
 */
class PageOrderTest {

  private final PageOrder order = new PageOrder(5, 7);

  @Test
  void contentsFollowTheCover_andTheBodyMovesDownByTheContentsPages() {
    assertEquals(2, order.contentsPages()); // 7 - 5
    assertEquals(1, order.finalNumber(1));
    assertEquals(2, order.finalNumber(6)); // the first contents page: 6 - 5 + 1
    assertEquals(3, order.finalNumber(7));
    assertEquals(4, order.finalNumber(2)); // the first body page: 2 + 2
    assertEquals(7, order.finalNumber(5));
  }

  @Test
  void writtenOrder_listsThePagesAsWrittenInTheReadersOrder() {
    assertArrayEquals(new int[] {1, 6, 7, 2, 3, 4, 5}, order.writtenOrder());
  }

  @Test
  void numbered_givesEachHeadingThePageTheReaderSees() {
    List<ContentsEntry> written =
        List.of(new ContentsEntry(1, "Summary", 2), new ContentsEntry(2, "Detail", 5));

    assertEquals(
        List.of(new ContentsEntry(1, "Summary", 4), new ContentsEntry(2, "Detail", 7)),
        order.numbered(written));
  }

  @Test
  void aPackWithoutBodyPages_isTheCoverAndTheContents() {
    PageOrder bare = new PageOrder(1, 2);

    assertArrayEquals(new int[] {1, 2}, bare.writtenOrder());
    assertEquals(2, bare.finalNumber(2));
  }
}

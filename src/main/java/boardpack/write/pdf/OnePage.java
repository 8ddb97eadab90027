package boardpack.write.pdf;

import java.util.List;
import java.util.function.IntFunction;
import org.openpdf.text.Element;

/**
 * Keeps a section on one page: lays it out with fewer items per list until it fits, each list then
 * saying how many more there are and where to find them, so nothing is dropped without a word.
 */
final class OnePage {

  private static final int[] ITEMS_PER_LIST = {8, 6, 5, 4, 3, 2, 1};

  private OnePage() {}

  static void add(PackDocument pack, IntFunction<List<Element>> layout) {
    for (int items : ITEMS_PER_LIST) {
      if (items == 1 || pack.fitsOnThisPage(layout.apply(items))) {
        layout.apply(items).forEach(pack::add);
        return;
      }
    }
  }
}

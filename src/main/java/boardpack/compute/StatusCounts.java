package boardpack.compute;

import boardpack.model.Status;
import java.util.Collection;

/** How many measures are green, amber, red and without data; an achieved one counts as green. */
public record StatusCounts(int green, int amber, int red, int none) {

  public StatusCounts {
    if (green < 0 || amber < 0 || red < 0 || none < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
  }

  static StatusCounts of(Collection<Status> statuses) {
    int green = 0;
    int amber = 0;
    int red = 0;
    int none = 0;
    for (Status status : statuses) {
      switch (status) {
        case ACHIEVED, GREEN -> green++;
        case AMBER -> amber++;
        case RED -> red++;
        case NONE -> none++;
      }
    }
    return new StatusCounts(green, amber, red, none);
  }

  public int total() {
    return green + amber + red + none;
  }
}

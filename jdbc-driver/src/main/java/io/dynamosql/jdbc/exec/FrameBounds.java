package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.plan.logical.WindowFrame;
import io.dynamosql.jdbc.plan.logical.WindowFrame.Bound;
import java.util.List;

/**
 * The frame of each row of one sorted partition, as positions {@code start(i) .. end(i)}
 * (inclusive; empty when {@code start > end}), clamped to the partition.
 */
final class FrameBounds {

  private final WindowFrame frame;
  private final int size;
  private final int[] firstPeer;
  private final int[] lastPeer;

  /**
   * @param partition the partition's rows as {@code {orderKeys, row}}, sorted
   */
  FrameBounds(WindowFrame frame, List<Object[][]> partition, RowOrder order) {
    this.frame = frame;
    this.size = partition.size();
    this.firstPeer = new int[size];
    this.lastPeer = new int[size];
    for (int i = 0; i < size; i++) {
      boolean peer = i > 0 && order.compare(partition.get(i - 1)[0], partition.get(i)[0]) == 0;
      firstPeer[i] = peer ? firstPeer[i - 1] : i;
    }
    for (int i = size - 1; i >= 0; i--) {
      boolean peer =
          i < size - 1 && order.compare(partition.get(i + 1)[0], partition.get(i)[0]) == 0;
      lastPeer[i] = peer ? lastPeer[i + 1] : i;
    }
  }

  /** Whether every frame starts at the partition's first row. */
  boolean startsUnbounded() {
    return frame.start().direction() == WindowFrame.Direction.UNBOUNDED_PRECEDING;
  }

  /** Whether every frame ends at the partition's last row. */
  boolean endsUnbounded() {
    return frame.end().direction() == WindowFrame.Direction.UNBOUNDED_FOLLOWING;
  }

  int start(int row) {
    return (int) Math.max(0, Math.min(size, position(frame.start(), row, true)));
  }

  int end(int row) {
    return (int) Math.max(-1, Math.min(size - 1, position(frame.end(), row, false)));
  }

  private long position(Bound bound, int row, boolean isStart) {
    boolean range = frame.unit() == WindowFrame.Unit.RANGE;
    return switch (bound.direction()) {
      case UNBOUNDED_PRECEDING -> 0;
      case PRECEDING -> (long) row - bound.offset();
      case CURRENT_ROW -> range ? (isStart ? firstPeer[row] : lastPeer[row]) : row;
      case FOLLOWING -> (long) row + bound.offset();
      case UNBOUNDED_FOLLOWING -> size - 1;
    };
  }
}

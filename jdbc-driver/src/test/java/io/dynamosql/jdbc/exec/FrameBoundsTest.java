package io.dynamosql.jdbc.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamosql.jdbc.plan.expr.ColumnRef;
import io.dynamosql.jdbc.plan.logical.SortKey;
import io.dynamosql.jdbc.plan.logical.WindowFrame;
import io.dynamosql.jdbc.plan.logical.WindowFrame.Bound;
import io.dynamosql.jdbc.plan.logical.WindowFrame.Direction;
import io.dynamosql.jdbc.type.SqlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The frame of each row of a sorted partition, at its edges and when it holds no row. */
class FrameBoundsTest {

  private static final RowOrder ORDER =
      new RowOrder(List.of(new SortKey(new ColumnRef(0, SqlType.BIGINT, "k", 0), false, false)));

  @Test
  void rowsFramesAreClampedToThePartition() {
    FrameBounds frames =
        bounds(rows(new Bound(Direction.PRECEDING, 1), new Bound(Direction.FOLLOWING, 1)), 1, 2, 3);
    assertEquals("[0..1] [0..2] [1..2]", describe(frames, 3));
  }

  @Test
  void aFrameBeforeThePartitionStartIsEmpty() {
    FrameBounds frames =
        bounds(rows(new Bound(Direction.PRECEDING, 3), new Bound(Direction.PRECEDING, 1)), 1, 2, 3);
    assertEquals("[0..-1] [0..0] [0..1]", describe(frames, 3));
  }

  @Test
  void aFrameAfterThePartitionEndIsEmpty() {
    FrameBounds frames =
        bounds(rows(new Bound(Direction.FOLLOWING, 1), Bound.UNBOUNDED_FOLLOWING), 1, 2, 3);
    assertEquals("[1..2] [2..2] [3..2]", describe(frames, 3));
  }

  @Test
  void anInvertedFrameIsEmptyOnEveryRow() {
    FrameBounds frames =
        bounds(rows(new Bound(Direction.PRECEDING, 1), new Bound(Direction.PRECEDING, 2)), 1, 2);
    assertEquals("[0..-1] [0..-1]", describe(frames, 2));
  }

  @Test
  void hugeOffsetsDoNotOverflow() {
    FrameBounds frames =
        bounds(
            rows(
                new Bound(Direction.PRECEDING, Long.MAX_VALUE / 2),
                new Bound(Direction.FOLLOWING, Long.MAX_VALUE / 2)),
            1,
            2);
    assertEquals("[0..1] [0..1]", describe(frames, 2));
  }

  @Test
  void rangeCurrentRowReachesThePeers() {
    FrameBounds running = bounds(WindowFrame.DEFAULT, 1, 2, 2, 3);
    assertEquals("[0..0] [0..2] [0..2] [0..3]", describe(running, 4));
    FrameBounds peers =
        bounds(
            new WindowFrame(WindowFrame.Unit.RANGE, Bound.CURRENT_ROW, Bound.CURRENT_ROW),
            1,
            2,
            2,
            3);
    assertEquals("[0..0] [1..2] [1..2] [3..3]", describe(peers, 4));
  }

  @Test
  void anEmptyPartitionHasNoFrames() {
    assertEquals("", describe(bounds(WindowFrame.DEFAULT), 0));
  }

  private static WindowFrame rows(Bound start, Bound end) {
    return new WindowFrame(WindowFrame.Unit.ROWS, start, end);
  }

  private static FrameBounds bounds(WindowFrame frame, long... keys) {
    List<Object[][]> partition = new ArrayList<>();
    for (long key : keys) {
      Object[] row = {BigDecimal.valueOf(key)};
      partition.add(new Object[][] {row, row});
    }
    return new FrameBounds(frame, partition, ORDER);
  }

  private static String describe(FrameBounds frames, int size) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      parts.add("[" + frames.start(i) + ".." + frames.end(i) + "]");
    }
    return String.join(" ", parts);
  }
}

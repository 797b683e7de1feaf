package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.exec.value.ValueOrder;
import io.dynamosql.jdbc.plan.logical.SortKey;
import java.util.Comparator;
import java.util.List;

/** Orders rows of precomputed sort-key values by ORDER BY keys (NULLS FIRST/LAST, DESC). */
final class RowOrder implements Comparator<Object[]> {

  private final List<SortKey> keys;

  RowOrder(List<SortKey> keys) {
    this.keys = keys;
  }

  @Override
  public int compare(Object[] a, Object[] b) {
    for (int i = 0; i < keys.size(); i++) {
      SortKey key = keys.get(i);
      Object x = a[i];
      Object y = b[i];
      int c;
      if (x == null || y == null) {
        c = x == y ? 0 : (x == null) == key.nullsFirst() ? -1 : 1;
      } else {
        c = ValueOrder.INSTANCE.compare(x, y);
        if (key.descending()) {
          c = -c;
        }
      }
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}

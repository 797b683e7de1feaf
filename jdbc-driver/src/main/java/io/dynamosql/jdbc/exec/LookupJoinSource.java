package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.dynamo.ItemStream;
import io.dynamosql.jdbc.exec.value.GroupKey;
import io.dynamosql.jdbc.exec.value.Truth;
import io.dynamosql.jdbc.plan.logical.LookupJoin;
import io.dynamosql.jdbc.plan.physical.BatchGetPath;
import io.dynamosql.jdbc.plan.physical.KeyLimits;
import io.dynamosql.jdbc.schema.IndexSchema;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lookup join: takes the outer rows in batches of 100, reads the inner items of their distinct
 * keys (one BatchGetItem with the full key, else one Query per partition), and joins the batch. The
 * inner table is never scanned.
 */
final class LookupJoinSource implements RowSource {

  private static final int BATCH = 100;

  private final RowSource outer;
  private final LookupJoin join;
  private final ExecutionContext context;
  private final TableReader inner;
  private final int outerWidth;
  private final int innerWidth;
  private final Deque<Object[]> pending = new ArrayDeque<>();
  private boolean outerDone;

  LookupJoinSource(RowSource outer, LookupJoin join, ExecutionContext context) {
    this.outer = outer;
    this.join = join;
    this.context = context;
    this.inner = new TableReader(join.inner(), context);
    this.outerWidth = join.outer().fields().size();
    this.innerWidth = join.inner().fields().size();
  }

  @Override
  public Object[] next() throws SQLException {
    while (pending.isEmpty() && !outerDone) {
      List<Object[]> batch = new ArrayList<>();
      while (batch.size() < BATCH) {
        Object[] row = outer.next();
        if (row == null) {
          outerDone = true;
          break;
        }
        batch.add(row);
      }
      if (!batch.isEmpty()) {
        join(batch);
      }
    }
    return pending.poll();
  }

  private void join(List<Object[]> batch) throws SQLException {
    IndexSchema key = join.inner().scan().table().primaryKey();
    List<GroupKey> outerKeys = new ArrayList<>();
    Map<GroupKey, Map<String, Object>> wanted = new LinkedHashMap<>();
    Set<Object> partitions = new LinkedHashSet<>();
    boolean batchGet = join.inner().path() instanceof BatchGetPath;
    boolean withSort = join.sortValue() != null;
    for (Object[] row : batch) {
      Object partition = join.partitionValue().eval(context, row);
      Object sort = join.sortValue() == null ? null : join.sortValue().eval(context, row);
      if (partition == null
          || !KeyLimits.fitsKey(partition, true)
          || withSort && (sort == null || !KeyLimits.fitsKey(sort, false))) {
        outerKeys.add(null);
        continue;
      }
      GroupKey groupKey = withSort ? GroupKey.of(partition, sort) : GroupKey.of(partition);
      outerKeys.add(groupKey);
      if (!batchGet) {
        partitions.add(partition);
      } else if (!wanted.containsKey(groupKey)) {
        Map<String, Object> itemKey = new LinkedHashMap<>();
        itemKey.put(key.partitionKey(), partition);
        if (withSort) {
          itemKey.put(key.sortKey().orElseThrow(), sort);
        }
        wanted.put(groupKey, itemKey);
      }
    }
    Map<GroupKey, List<Object[]>> found = new HashMap<>();
    try {
      if (batchGet) {
        if (!wanted.isEmpty()) {
          collect(inner.batchGet(new ArrayList<>(wanted.values())), found, true, withSort);
        }
      } else {
        for (Object partition : partitions) {
          collect(inner.query(partition), found, false, false);
        }
      }
    } catch (SQLException e) {
      throw inner.explained(e);
    }
    for (int r = 0; r < batch.size(); r++) {
      Object[] row = batch.get(r);
      boolean any = false;
      GroupKey groupKey = outerKeys.get(r);
      for (Object[] innerRow :
          groupKey == null ? List.<Object[]>of() : found.getOrDefault(groupKey, List.of())) {
        Object[] combined = combine(row, innerRow);
        if (Truth.isTrue(join.condition().eval(context, combined))) {
          pending.add(combined);
          any = true;
        }
      }
      if (!any && join.kind().keepsLeft()) {
        pending.add(combine(row, null));
      }
    }
  }

  private void collect(
      ItemStream stream, Map<GroupKey, List<Object[]>> found, boolean fullKey, boolean withSort)
      throws SQLException {
    if (stream == null) {
      return;
    }
    IndexSchema key = join.inner().scan().table().primaryKey();
    try (stream) {
      while (stream.hasNext()) {
        Map<String, Object> item = stream.next();
        Object[] row = inner.row(item);
        if (!inner.accepts(row) || fullKey && !inner.acceptsPushed(row)) {
          continue;
        }
        GroupKey groupKey =
            withSort
                ? GroupKey.of(item.get(key.partitionKey()), item.get(key.sortKey().orElseThrow()))
                : GroupKey.of(item.get(key.partitionKey()));
        found.computeIfAbsent(groupKey, k -> new ArrayList<>()).add(row);
      }
    }
  }

  private Object[] combine(Object[] l, Object[] r) {
    Object[] row = new Object[outerWidth + innerWidth];
    System.arraycopy(l, 0, row, 0, outerWidth);
    if (r != null) {
      System.arraycopy(r, 0, row, outerWidth, innerWidth);
    }
    return row;
  }

  @Override
  public void close() {
    outer.close();
  }
}

package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.dynamo.ItemStream;
import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.exec.value.ValueOrder;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.SubqueryExpr;
import io.dynamosql.jdbc.plan.logical.DynamoRead;
import io.dynamosql.jdbc.plan.physical.BatchGetPath;
import io.dynamosql.jdbc.plan.physical.GetItemPath;
import io.dynamosql.jdbc.plan.physical.KeyLimits;
import io.dynamosql.jdbc.plan.physical.KeyValue;
import io.dynamosql.jdbc.plan.physical.QueryPath;
import io.dynamosql.jdbc.schema.IndexSchema;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rows of one table reference, read page by page as they are pulled. */
final class DynamoReadSource implements RowSource {

  private static final int BATCH_KEYS = 100;

  private final TableReader reader;
  private final ExecutionContext context;
  private final StreamResume resume;
  private Iterator<Map<String, Object>> single;
  private List<Object> partitions;
  private int partition = -1;
  private ItemStream stream;
  private ItemStream indexKeys;
  private boolean started;

  DynamoReadSource(DynamoRead read, ExecutionContext context) {
    this(read, context, null);
  }

  /**
   * @param resume where the read of a {@link SingleStream} starts and what it returned, or null
   */
  DynamoReadSource(DynamoRead read, ExecutionContext context, StreamResume resume) {
    this.reader = new TableReader(read, context);
    this.context = context;
    this.resume = resume;
  }

  @Override
  public Object[] next() throws SQLException {
    try {
      if (!started) {
        started = true;
        start();
      }
      while (true) {
        Map<String, Object> item = nextItem();
        if (item == null) {
          return null;
        }
        Object[] row = reader.row(item);
        if (reader.accepts(row)) {
          if (resume != null) {
            resume.returned(Math.max(0, partition), item);
          }
          return row;
        }
      }
    } catch (SQLException e) {
      throw reader.explained(e);
    }
  }

  private void start() throws SQLException {
    DynamoRead read = reader.read();
    TableReader.checkScan(read, context);
    Optional<ReadPosition> from = resume == null ? Optional.empty() : resume.start();
    if (from.isPresent() && from.get().finished()) {
      single = Collections.emptyIterator();
      return;
    }
    if (read.path() instanceof GetItemPath get) {
      Map<String, Object> key = key(get.key());
      Optional<Map<String, Object>> item = key == null ? Optional.empty() : reader.getItem(key);
      single = item.stream().iterator();
    } else if (read.path() instanceof BatchGetPath batch) {
      List<Map<String, Object>> keys = new ArrayList<>();
      for (List<KeyValue> key : batch.keys()) {
        for (Map<String, Object> values : keys(key)) {
          if (!keys.contains(values)) {
            keys.add(values);
          }
        }
      }
      if (from.isPresent()) {
        keys = keys.subList(after(keys, from.get().exclusiveStartKey()), keys.size());
      }
      stream = keys.isEmpty() ? null : reader.batchGet(keys);
    } else if (read.path() instanceof QueryPath query) {
      List<Object> values = new ArrayList<>();
      for (Expr value : query.partitionValues()) {
        for (Object v : values(value)) {
          if (v != null && KeyLimits.fitsKey(v, true) && !values.contains(v)) {
            values.add(v);
          }
        }
      }
      partitions = values;
      // A continuation skips the partitions it finished before.
      partition = from.map(p -> p.partition() - 1).orElse(-1);
    } else {
      stream = reader.scan(from.flatMap(p -> p.startIn(0)));
    }
  }

  /**
   * The index after {@code last} in the keys of a BatchGetItem, whose items come back in key order:
   * where a continuation after the item of {@code last} starts.
   */
  private static int after(List<Map<String, Object>> keys, Map<String, Object> last)
      throws SQLException {
    for (int i = 0; i < keys.size(); i++) {
      if (ValueOrder.INSTANCE.compare(keys.get(i), last) == 0) {
        return i + 1;
      }
    }
    throw SqlState.INVALID_PARAMETER_VALUE.exception(
        "The resume token given to Statement.setCursorName is refused: its key is not one of the"
            + " statement's keys");
  }

  private Map<String, Object> key(List<KeyValue> key) throws SQLException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (KeyValue part : key) {
      Object value = part.value().eval(context, Operators.NO_ROW);
      if (value == null || !KeyLimits.fitsKey(value, isPartition(part))) {
        return null;
      }
      values.put(part.attribute(), value);
    }
    return values;
  }

  /** Every key of a (possibly subquery-valued) key: one map per combination of values. */
  private List<Map<String, Object>> keys(List<KeyValue> key) throws SQLException {
    List<Map<String, Object>> keys = new ArrayList<>();
    keys.add(new LinkedHashMap<>());
    for (KeyValue part : key) {
      List<Map<String, Object>> extended = new ArrayList<>();
      for (Object value : values(part.value())) {
        if (value == null || !KeyLimits.fitsKey(value, isPartition(part))) {
          continue;
        }
        for (Map<String, Object> partial : keys) {
          Map<String, Object> next = new LinkedHashMap<>(partial);
          next.put(part.attribute(), value);
          extended.add(next);
        }
      }
      keys = extended;
    }
    return keys;
  }

  private boolean isPartition(KeyValue part) {
    return part.attribute().equals(reader.read().scan().table().primaryKey().partitionKey());
  }

  /** A key value, or the values of a key IN (SELECT ...). */
  private List<Object> values(Expr value) throws SQLException {
    if (value instanceof SubqueryExpr subquery) {
      List<Object> values = new ArrayList<>();
      for (Object[] row : context.subqueryRows(subquery, Operators.NO_ROW, Integer.MAX_VALUE)) {
        values.add(row[0]);
      }
      return values;
    }
    return Collections.singletonList(value.eval(context, Operators.NO_ROW));
  }

  private Map<String, Object> nextItem() throws SQLException {
    if (single != null) {
      return single.hasNext() ? single.next() : null;
    }
    while (true) {
      if (stream != null && stream.hasNext()) {
        return stream.next();
      }
      closeStream();
      if (indexKeys != null && indexKeys.hasNext()) {
        stream = reader.batchGet(keyBatch());
        continue;
      }
      if (partitions == null || partition + 1 >= partitions.size()) {
        return null;
      }
      partition++;
      ItemStream items =
          reader.query(
              partitions.get(partition),
              resume == null
                  ? Optional.empty()
                  : resume.start().flatMap(p -> p.startIn(partition)));
      if (((QueryPath) reader.read().path()).fetchFromTable()) {
        closeIndex();
        indexKeys = items;
      } else {
        stream = items;
      }
    }
  }

  /** Up to 100 table keys from the index read, for a BatchGetItem of the other attributes. */
  private List<Map<String, Object>> keyBatch() throws SQLException {
    IndexSchema primary = reader.read().scan().table().primaryKey();
    List<Map<String, Object>> keys = new ArrayList<>();
    while (keys.size() < BATCH_KEYS && indexKeys.hasNext()) {
      Map<String, Object> item = indexKeys.next();
      Map<String, Object> key = new LinkedHashMap<>();
      key.put(primary.partitionKey(), item.get(primary.partitionKey()));
      primary.sortKey().ifPresent(sk -> key.put(sk, item.get(sk)));
      keys.add(key);
    }
    return keys;
  }

  private void closeStream() {
    if (stream != null) {
      stream.close();
      stream = null;
    }
  }

  private void closeIndex() {
    if (indexKeys != null) {
      indexKeys.close();
      indexKeys = null;
    }
  }

  @Override
  public void close() {
    closeStream();
    closeIndex();
  }
}

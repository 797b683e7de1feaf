package io.dynamosql.jdbc.exec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a single-stream read continues: after the item whose key is {@code exclusiveStartKey}, in
 * the {@code partition}-th partition of a Query over several partition values (0 otherwise). An
 * empty key means nothing remains (the one item of a GetItem was returned).
 */
record ReadPosition(int partition, Map<String, Object> exclusiveStartKey) {

  static final ReadPosition FINISHED = new ReadPosition(0, Map.of());

  ReadPosition {
    exclusiveStartKey = Collections.unmodifiableMap(new LinkedHashMap<>(exclusiveStartKey));
  }

  boolean finished() {
    return exclusiveStartKey.isEmpty();
  }

  /** The key to start from, for the partition {@code ordinal}; empty for later partitions. */
  Optional<Map<String, Object>> startIn(int ordinal) {
    return ordinal == partition && !finished() ? Optional.of(exclusiveStartKey) : Optional.empty();
  }
}

package io.dynamosql.jdbc.dynamo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A BatchGetItem over any number of keys of one table. */
public record BatchGetRead(
    String table,
    List<Map<String, Object>> keys,
    Optional<String> projection,
    ExpressionParameters parameters,
    boolean consistentRead) {

  public BatchGetRead {
    keys = List.copyOf(keys);
  }
}

package io.dynamosql.jdbc.plan.physical;

import java.util.List;

/** Several full primary keys (a key IN-list): BatchGetItem, 100 keys per call. */
public record BatchGetPath(List<List<KeyValue>> keys) implements AccessPath {

  public BatchGetPath {
    keys = keys.stream().map(List::copyOf).toList();
  }

  @Override
  public String operation() {
    return "BatchGetItem";
  }
}

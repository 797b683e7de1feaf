package io.dynamosql.jdbc.plan.physical;

import java.util.List;

/** The full primary key by equality: one GetItem. */
public record GetItemPath(List<KeyValue> key) implements AccessPath {

  public GetItemPath {
    key = List.copyOf(key);
  }

  @Override
  public String operation() {
    return "GetItem";
  }
}

package io.dynamosql.jdbc.dynamo;

import java.util.Map;
import java.util.Optional;

/** A GetItem: the full primary key, the attributes wanted (empty: all). */
public record GetItemRead(
    String table,
    Map<String, Object> key,
    Optional<String> projection,
    ExpressionParameters parameters,
    boolean consistentRead) {}

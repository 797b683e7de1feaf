package io.dynamosql.jdbc.dynamo;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Scan of a table or index, in {@code segments} parallel segments (1: a plain sequential scan,
 * which keeps DynamoDB's order and can resume from {@code exclusiveStartKey}).
 */
public record ScanRead(
    String table,
    Optional<String> index,
    Optional<String> filter,
    Optional<String> projection,
    ExpressionParameters parameters,
    int segments,
    OptionalInt limit,
    boolean consistentRead,
    Optional<Map<String, Object>> exclusiveStartKey) {}

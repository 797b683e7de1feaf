package io.dynamosql.jdbc.dynamo;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Query.
 *
 * @param index the GSI or LSI to read, empty for the table itself
 * @param keyCondition the KeyConditionExpression
 * @param filter the FilterExpression, if any
 * @param projection the ProjectionExpression, empty for all attributes
 * @param scanForward false for descending sort-key order
 * @param limit DynamoDB's Limit (items evaluated per request), only when exact
 * @param exclusiveStartKey where to resume (a continuation), empty to start at the beginning
 */
public record QueryRead(
    String table,
    Optional<String> index,
    String keyCondition,
    Optional<String> filter,
    Optional<String> projection,
    ExpressionParameters parameters,
    boolean scanForward,
    OptionalInt limit,
    boolean consistentRead,
    Optional<Map<String, Object>> exclusiveStartKey) {}

package io.dynamosql.jdbc.dynamo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What DescribeTable says about a table, without SDK types.
 *
 * @param name the table name
 * @param status ACTIVE, CREATING, UPDATING, ...
 * @param partitionKey the hash key attribute
 * @param sortKey the range key attribute, if any
 * @param attributeTypes the declared type ({@code S}, {@code N} or {@code B}) of every key
 *     attribute of the table and its indexes
 * @param indexes the GSIs, then the LSIs, each in DynamoDB's order
 * @param itemCount DynamoDB's approximate item count (refreshed about every six hours)
 * @param sizeBytes DynamoDB's approximate table size
 * @param createdAt when the table was created, if DynamoDB says
 */
public record TableDescription(
    String name,
    String status,
    String partitionKey,
    Optional<String> sortKey,
    Map<String, String> attributeTypes,
    List<SecondaryIndexDescription> indexes,
    long itemCount,
    long sizeBytes,
    Optional<Instant> createdAt) {

  public TableDescription {
    attributeTypes = Map.copyOf(attributeTypes);
    indexes = List.copyOf(indexes);
  }
}

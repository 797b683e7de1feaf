package io.dynamosql.jdbc.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;

/**
 * One request that reached DynamoDB, as the {@link RecordingProxy} saw it on the wire.
 *
 * @param operation the operation from {@code X-Amz-Target}, e.g. {@code Scan}
 * @param request the request body
 * @param status the HTTP status DynamoDB answered
 * @param itemsRead items DynamoDB evaluated: {@code ScannedCount} of a Query or Scan, the items of
 *     a GetItem or BatchGetItem answer
 * @param itemsReturned items in the answer ({@code Count} of a Query or Scan)
 */
public record DynamoDbCall(
    String operation, JsonNode request, int status, long itemsRead, long itemsReturned) {

  /** The operations that only read; anything else is a write, DDL or PartiQL call. */
  public static final Set<String> READ_OPERATIONS =
      Set.of(
          "GetItem",
          "BatchGetItem",
          "Query",
          "Scan",
          "DescribeTable",
          "ListTables",
          "DescribeTimeToLive",
          "DescribeEndpoints",
          "DescribeLimits",
          "ListTagsOfResource");

  public boolean isRead() {
    return READ_OPERATIONS.contains(operation);
  }

  /** The table of a single-table request; for BatchGetItem the first table it names. */
  public Optional<String> table() {
    if (request.hasNonNull("TableName")) {
      return Optional.of(request.get("TableName").asText());
    }
    JsonNode items = request.get("RequestItems");
    return items != null && items.fieldNames().hasNext()
        ? Optional.of(items.fieldNames().next())
        : Optional.empty();
  }

  public Optional<String> index() {
    return text("IndexName");
  }

  /** A top-level string field of the request, e.g. {@code KeyConditionExpression}. */
  public Optional<String> text(String field) {
    return request.hasNonNull(field) ? Optional.of(request.get(field).asText()) : Optional.empty();
  }

  @Override
  public String toString() {
    return operation
        + " "
        + table().orElse("-")
        + index().map(i -> "." + i).orElse("")
        + " read="
        + itemsRead
        + " returned="
        + itemsReturned
        + " "
        + request;
  }
}

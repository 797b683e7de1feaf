package io.dynamosql.oauth.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** What every state table does: read by key, insert once, scan, delete. */
abstract class TableAccess {

  protected final DynamoDbClient client;
  protected final String tableName;
  private final String keyAttribute;

  TableAccess(DynamoDbClient client, String tableName, String keyAttribute) {
    this.client = client;
    this.tableName = tableName;
    this.keyAttribute = keyAttribute;
  }

  protected Map<String, AttributeValue> key(String value) {
    return Map.of(keyAttribute, AttributeValue.fromS(value));
  }

  /** Reads an item strongly consistently, so that every instance sees the latest write. */
  protected Optional<Items> get(String keyValue) {
    Map<String, AttributeValue> item =
        client.getItem(r -> r.tableName(tableName).key(key(keyValue)).consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(Items.of(item));
  }

  /** Writes the item unless one with the same key exists; returns whether it was written. */
  protected boolean insert(Items item) {
    try {
      client.putItem(
          r ->
              r.tableName(tableName)
                  .item(item.map())
                  .conditionExpression("attribute_not_exists(#k)")
                  .expressionAttributeNames(Map.of("#k", keyAttribute)));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  /**
   * Applies {@code update} when {@code condition} holds.
   *
   * @return the item after the update, or empty when the condition did not hold
   */
  protected Optional<Items> updateIf(
      String keyValue,
      String update,
      String condition,
      Map<String, String> names,
      Map<String, AttributeValue> values) {
    try {
      Map<String, AttributeValue> item =
          client
              .updateItem(
                  r -> {
                    r.tableName(tableName)
                        .key(key(keyValue))
                        .updateExpression(update)
                        .conditionExpression(condition)
                        .expressionAttributeValues(values)
                        .returnValues(ReturnValue.ALL_NEW);
                    if (!names.isEmpty()) {
                      r.expressionAttributeNames(names);
                    }
                  })
              .attributes();
      return Optional.of(Items.of(item));
    } catch (ConditionalCheckFailedException e) {
      return Optional.empty();
    }
  }

  /** Deletes the item; returns whether it existed. */
  protected boolean delete(String keyValue) {
    Map<String, AttributeValue> old =
        client
            .deleteItem(
                r -> r.tableName(tableName).key(key(keyValue)).returnValues(ReturnValue.ALL_OLD))
            .attributes();
    return old != null && !old.isEmpty();
  }

  /** Every item, mapped; for the small administrative tables only. */
  protected <T> List<T> scan(Function<Items, T> mapper) {
    List<T> result = new ArrayList<>();
    client
        .scanPaginator(r -> r.tableName(tableName).consistentRead(true))
        .items()
        .forEach(item -> result.add(mapper.apply(Items.of(item))));
    return result;
  }
}

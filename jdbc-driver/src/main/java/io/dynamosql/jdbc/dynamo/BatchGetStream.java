package io.dynamosql.jdbc.dynamo;

import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * BatchGetItem over any number of keys: calls of at most {@value #KEYS_PER_CALL} keys (DynamoDB's
 * limit), sent one chunk at a time as the items are consumed. Keys DynamoDB leaves unprocessed are
 * sent again after an exponential backoff; items come back in the order of the keys (DynamoDB
 * answers in any order), each distinct key once, keys without an item skipped.
 */
final class BatchGetStream extends BufferedItemStream {

  static final int KEYS_PER_CALL = 100;

  /** First backoff before unprocessed keys are sent again; doubles each round. */
  static final long FIRST_BACKOFF_MILLIS = 50;

  static final long MAX_BACKOFF_MILLIS = 2_000;

  /** Sends one BatchGetItem request (checkpoint, SDK call and error translation included). */
  @FunctionalInterface
  interface BatchCall {
    BatchGetItemResponse send(KeysAndAttributes keys) throws SQLException;
  }

  private final String table;
  private final List<Map<String, AttributeValue>> keys;
  private final KeysAndAttributes template;
  private final BatchCall call;
  private final int maxRetries;
  private int nextChunk;

  /**
   * @param template the projection, placeholders and consistency of every call (no keys)
   * @param maxRetries rounds of unprocessed keys allowed per chunk before giving up (40001)
   */
  BatchGetStream(
      String table,
      List<Map<String, AttributeValue>> keys,
      KeysAndAttributes template,
      BatchCall call,
      int maxRetries) {
    this.table = table;
    // BatchGetItem refuses a request that names a key twice.
    this.keys = List.copyOf(new LinkedHashSet<>(keys));
    this.template = template;
    this.call = call;
    this.maxRetries = maxRetries;
  }

  @Override
  boolean fill() throws SQLException {
    if (nextChunk < keys.size()) {
      int end = Math.min(keys.size(), nextChunk + KEYS_PER_CALL);
      buffer(readChunk(keys.subList(nextChunk, end)));
      nextChunk = end;
    }
    return nextChunk < keys.size();
  }

  private List<Map<String, Object>> readChunk(List<Map<String, AttributeValue>> chunk)
      throws SQLException {
    Map<Map<String, AttributeValue>, Map<String, AttributeValue>> found = new HashMap<>();
    Set<String> keyNames = new TreeMap<>(chunk.get(0)).keySet();
    List<Map<String, AttributeValue>> pending = chunk;
    long backoff = FIRST_BACKOFF_MILLIS;
    for (int round = 0; !pending.isEmpty(); round++) {
      if (round > maxRetries) {
        throw SqlState.THROTTLED.exception(
            "DynamoDB left "
                + pending.size()
                + " keys of a BatchGetItem on table '"
                + table
                + "' unprocessed after "
                + maxRetries
                + " retries (connection property maxRetries); try again later");
      }
      if (round > 0) {
        sleep(backoff);
        backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
      }
      BatchGetItemResponse response = call.send(template.toBuilder().keys(pending).build());
      List<Map<String, AttributeValue>> items = response.responses().getOrDefault(table, List.of());
      for (Map<String, AttributeValue> item : items) {
        found.put(keyOf(item, keyNames), item);
      }
      KeysAndAttributes unprocessed = response.unprocessedKeys().get(table);
      pending = unprocessed == null ? List.of() : unprocessed.keys();
    }
    List<Map<String, Object>> ordered = new ArrayList<>();
    for (Map<String, AttributeValue> key : chunk) {
      Map<String, AttributeValue> item = found.get(keyOf(key, keyNames));
      if (item != null) {
        ordered.add(new ItemView(item));
      }
    }
    return ordered;
  }

  private static Map<String, AttributeValue> keyOf(
      Map<String, AttributeValue> item, Set<String> keyNames) {
    Map<String, AttributeValue> key = new HashMap<>();
    keyNames.forEach(name -> key.put(name, item.get(name)));
    return key;
  }

  private static void sleep(long millis) throws SQLException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw SqlState.QUERY_CANCELLED.exception("Interrupted while backing off a BatchGetItem", e);
    }
  }
}

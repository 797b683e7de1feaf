package io.dynamosql.bench.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * The baseline: the best access a developer would write by hand with the AWS SDK for each workload
 * (one GetItem, a paginated Query on the partition or the index, a Scan in as many segments as the
 * driver uses, an index Query followed by BatchGetItem for the join's inner side).
 */
public final class SdkReads {

  private static final int BATCH_GET_LIMIT = 100;

  private final DynamoDbClient client;
  private final ExecutorService segmentThreads;

  /**
   * @param segmentThreads runs the segments of a parallel Scan, like the driver's own threads
   */
  public SdkReads(DynamoDbClient client, ExecutorService segmentThreads) {
    this.client = client;
    this.segmentThreads = segmentThreads;
  }

  public Access getItem(String table, Map<String, AttributeValue> key, ItemRows rows) {
    return () -> {
      Outcome.Builder outcome = new Outcome.Builder();
      Map<String, AttributeValue> item = client.getItem(b -> b.tableName(table).key(key)).item();
      if (item != null && !item.isEmpty()) {
        rows.add(outcome, item);
      }
      return outcome.build();
    };
  }

  /** A Query of one partition, or of one index partition when {@code index} is not null. */
  public Access query(
      String table, String index, String hashKey, AttributeValue value, ItemRows rows) {
    return query(partition(table, index, hashKey, value).build(), rows);
  }

  /**
   * The same Query asking for {@code ReturnConsumedCapacity=TOTAL}, which the driver does not: it
   * shows in every run what asking for the capacity costs.
   */
  public Access queryReturningCapacity(
      String table, String hashKey, AttributeValue value, ItemRows rows) {
    return query(
        partition(table, null, hashKey, value)
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
            .build(),
        rows);
  }

  private Access query(QueryRequest request, ItemRows rows) {
    return () -> {
      Outcome.Builder outcome = new Outcome.Builder();
      client.queryPaginator(request).items().forEach(item -> rows.add(outcome, item));
      return outcome.build();
    };
  }

  /** A full Scan in {@code segments} parallel segments (1: a plain sequential Scan). */
  public Access scan(String table, int segments, ItemRows rows) {
    return () -> {
      if (segments == 1) {
        return scanSegment(table, null, null, rows);
      }
      List<Future<Outcome>> parts = new ArrayList<>();
      for (int s = 0; s < segments; s++) {
        int segment = s;
        parts.add(segmentThreads.submit(() -> scanSegment(table, segment, segments, rows)));
      }
      Outcome.Builder total = new Outcome.Builder();
      for (Future<Outcome> part : parts) {
        total.add(part.get());
      }
      return total.build();
    };
  }

  /**
   * A lookup join: the outer side by an index Query, then the inner table's items by key with
   * BatchGetItem (100 keys a call, unprocessed keys sent again), each side projected to what the
   * join needs: the way the driver should do it.
   */
  public Access lookupJoin(LookupJoin join, ItemRows rows) {
    QueryRequest outerRequest =
        QueryRequest.builder()
            .tableName(join.outerTable())
            .indexName(join.outerIndex())
            .keyConditionExpression("#k = :v")
            .projectionExpression(LookupJoin.projection(join.outerAttributes()))
            .expressionAttributeNames(withKey(LookupJoin.names(join.outerAttributes()), join))
            .expressionAttributeValues(Map.of(":v", join.outerValue()))
            .build();
    String joinAttribute = join.joinAttribute();
    return () -> {
      List<Map<String, AttributeValue>> outer = new ArrayList<>();
      client.queryPaginator(outerRequest).items().forEach(outer::add);
      Set<String> keys = new LinkedHashSet<>();
      outer.forEach(item -> keys.add(item.get(joinAttribute).s()));
      Map<String, Map<String, AttributeValue>> inner = new HashMap<>();
      List<String> pending = new ArrayList<>(keys);
      for (int from = 0; from < pending.size(); from += BATCH_GET_LIMIT) {
        List<Map<String, AttributeValue>> batch = new ArrayList<>();
        for (String key : pending.subList(from, Math.min(pending.size(), from + BATCH_GET_LIMIT))) {
          batch.add(Map.of(joinAttribute, AttributeValue.fromS(key)));
        }
        Map<String, KeysAndAttributes> request =
            Map.of(
                join.innerTable(),
                KeysAndAttributes.builder()
                    .keys(batch)
                    .projectionExpression(LookupJoin.projection(join.innerAttributes()))
                    .expressionAttributeNames(LookupJoin.names(join.innerAttributes()))
                    .build());
        while (!request.isEmpty()) {
          Map<String, KeysAndAttributes> current = request;
          BatchGetItemResponse response = client.batchGetItem(b -> b.requestItems(current));
          for (Map<String, AttributeValue> item : response.responses().get(join.innerTable())) {
            inner.put(item.get(joinAttribute).s(), item);
          }
          request = response.unprocessedKeys();
        }
      }
      Outcome.Builder outcome = new Outcome.Builder();
      for (Map<String, AttributeValue> item : outer) {
        Map<String, AttributeValue> match = inner.get(item.get(joinAttribute).s());
        if (match != null) {
          Map<String, AttributeValue> joined = new LinkedHashMap<>(item);
          joined.putAll(match);
          joined.remove(joinAttribute);
          rows.add(outcome, joined);
        }
      }
      return outcome.build();
    };
  }

  private static Map<String, String> withKey(Map<String, String> names, LookupJoin join) {
    Map<String, String> all = new HashMap<>(names);
    all.put("#k", join.outerHashKey());
    return all;
  }

  private Outcome scanSegment(String table, Integer segment, Integer segments, ItemRows rows) {
    ScanRequest request =
        ScanRequest.builder().tableName(table).segment(segment).totalSegments(segments).build();
    Outcome.Builder outcome = new Outcome.Builder();
    client.scanPaginator(request).items().forEach(item -> rows.add(outcome, item));
    return outcome.build();
  }

  private static QueryRequest.Builder partition(
      String table, String index, String hashKey, AttributeValue value) {
    return QueryRequest.builder()
        .tableName(table)
        .indexName(index)
        .keyConditionExpression("#k = :v")
        .expressionAttributeNames(Map.of("#k", hashKey))
        .expressionAttributeValues(Map.of(":v", value));
  }
}

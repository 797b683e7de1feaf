package io.dynamosql.jdbc.dynamo;

import io.dynamosql.jdbc.config.DriverConfig;
import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * DynamoDB through the AWS SDK v2: the driver's {@link ItemReader} and {@link TableDirectory}. One
 * instance per distinct {@link ClientSettings} ({@link #shared}), used by every connection of those
 * settings and thread-safe.
 *
 * <p>Every request is preceded by the statement's {@link ReadControl#checkpoint()} (cancel,
 * timeout, read budget) and records what DynamoDB evaluated ({@code ScannedCount}, what capacity is
 * charged for) into the control. It does not ask for {@code ReturnConsumedCapacity}: nothing
 * reports it, and DynamoDB Local answers a 1k-item Query slower with it (the bench's {@code sdk +
 * capacity} contender). A statement's remaining query time caps each request's call timeout.
 */
public final class AwsSdkDynamoDb implements ItemReader, TableDirectory, AutoCloseable {

  private static final Map<ClientSettings, AwsSdkDynamoDb> SHARED = new ConcurrentHashMap<>();

  private final ClientSettings settings;
  private final DynamoDbClient client;
  private final DynamoDbClient probe;
  private final List<SdkAutoCloseable> resources;
  private final FailureTranslation failures;
  private final RequestWindow recent;

  private AwsSdkDynamoDb(ClientSettings settings, RequestWindow recent) throws SQLException {
    SdkClientFactory.Built built = SdkClientFactory.build(settings, new RequestOutcomes(recent));
    this.settings = settings;
    this.recent = recent;
    this.client = built.dynamoDb();
    this.probe = built.probe();
    this.resources = built.resources();
    this.failures = new FailureTranslation(settings.location(), settings.maxRetries());
  }

  /**
   * The instance for this configuration's client settings, built on first use and shared from then
   * on (one SDK client per distinct endpoint, region, credentials and network settings).
   */
  public static AwsSdkDynamoDb shared(DriverConfig config) throws SQLException {
    ClientSettings settings = ClientSettings.of(config);
    AwsSdkDynamoDb existing = SHARED.get(settings);
    if (existing != null) {
      return existing;
    }
    synchronized (SHARED) {
      AwsSdkDynamoDb again = SHARED.get(settings);
      if (again != null) {
        return again;
      }
      AwsSdkDynamoDb created =
          new AwsSdkDynamoDb(settings, new RequestWindow(System::currentTimeMillis));
      SHARED.put(settings, created);
      return created;
    }
  }

  /** Where this client reaches DynamoDB, for messages. */
  public String location() {
    return settings.location();
  }

  /**
   * What this client's calls met recently (every connection of these settings shares the figures);
   * the probe's pings are not counted.
   */
  public RequestCounts recentRequests() {
    return recent.counts();
  }

  /**
   * Proves that DynamoDB answers with these credentials: one ListTables of one name within {@code
   * timeout}, not retried, so that a refused connection is reported as such (08001), a silent
   * server as a timeout.
   */
  public void ping(Duration timeout) throws SQLException {
    call(
        "ListTables",
        () ->
            probe.listTables(
                b ->
                    b.limit(1)
                        .overrideConfiguration(
                            o -> o.apiCallTimeout(timeout).apiCallAttemptTimeout(timeout))));
  }

  // ---- TableDirectory

  @Override
  public List<String> listTableNames() throws SQLException {
    return call("ListTables", () -> client.listTablesPaginator().tableNames().stream().toList());
  }

  @Override
  public TableDescription describe(String table) throws SQLException {
    return call(
        "DescribeTable of table '" + table + "'",
        () -> Descriptions.of(client.describeTable(b -> b.tableName(table)).table()));
  }

  @Override
  public List<Map<String, Object>> sample(String table, int perSegment, int segments)
      throws SQLException {
    if (segments == 1) {
      return sampleSegment(table, perSegment, 0, 1);
    }
    ExecutorService workers =
        Executors.newFixedThreadPool(
            Math.min(segments, 8),
            runnable -> {
              Thread thread = new Thread(runnable, "dynamosql-sample-" + table);
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<List<Map<String, Object>>>> parts = new ArrayList<>();
      for (int segment = 0; segment < segments; segment++) {
        int s = segment;
        parts.add(workers.submit(() -> sampleSegment(table, perSegment, s, segments)));
      }
      List<Map<String, Object>> items = new ArrayList<>();
      for (Future<List<Map<String, Object>>> part : parts) {
        items.addAll(part.get());
      }
      return items;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException failure) {
        throw failure;
      }
      throw SqlState.GENERAL_ERROR.exception("Sampling table '" + table + "' failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw SqlState.QUERY_CANCELLED.exception("Interrupted while sampling '" + table + "'", e);
    } finally {
      workers.shutdownNow();
    }
  }

  private List<Map<String, Object>> sampleSegment(
      String table, int limit, int segment, int segments) throws SQLException {
    ScanResponse response =
        call(
            "Scan of table '" + table + "' (sampling)",
            () ->
                client.scan(
                    b ->
                        b.tableName(table)
                            .limit(limit)
                            .segment(segments > 1 ? segment : null)
                            .totalSegments(segments > 1 ? segments : null)));
    return response.items().stream().map(AttributeValues::toItem).toList();
  }

  // ---- ItemReader

  @Override
  public Optional<Map<String, Object>> getItem(GetItemRead read, ReadControl control)
      throws SQLException {
    control.checkpoint();
    GetItemRequest.Builder request =
        GetItemRequest.builder()
            .tableName(read.table())
            .key(attributes(read.key()))
            .consistentRead(read.consistentRead())
            .overrideConfiguration(timeout(control));
    read.projection().ifPresent(request::projectionExpression);
    if (!read.parameters().names().isEmpty()) {
      request.expressionAttributeNames(read.parameters().names());
    }
    GetItemResponse response =
        call("GetItem on table '" + read.table() + "'", () -> client.getItem(request.build()));
    Optional<Map<String, Object>> item =
        response.hasItem() && !response.item().isEmpty()
            ? Optional.<Map<String, Object>>of(new ItemView(response.item()))
            : Optional.empty();
    control.recordItemsRead(item.isPresent() ? 1 : 0);
    control.checkBudget();
    return item;
  }

  @Override
  public ItemStream batchGet(BatchGetRead read, ReadControl control) throws SQLException {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (Map<String, Object> key : read.keys()) {
      keys.add(attributes(key));
    }
    KeysAndAttributes.Builder template =
        KeysAndAttributes.builder().consistentRead(read.consistentRead());
    Map<String, String> names = new LinkedHashMap<>(read.parameters().names());
    if (read.projection().isPresent()) {
      // Items are matched back to their keys, so the key attributes must come back.
      // (DynamoDB refuses a path named twice, so only the missing ones are added.)
      StringBuilder projection = new StringBuilder(read.projection().get());
      Set<String> projected = new HashSet<>();
      for (String token : read.projection().get().split("[,\\s]+")) {
        projected.add(names.getOrDefault(token, token));
      }
      if (!keys.isEmpty()) {
        int n = 0;
        for (String keyName : keys.get(0).keySet()) {
          if (!projected.contains(keyName)) {
            String placeholder = "#dynamosqlKey" + n++;
            names.put(placeholder, keyName);
            projection.append(", ").append(placeholder);
          }
        }
      }
      template.projectionExpression(projection.toString());
    }
    if (!names.isEmpty()) {
      template.expressionAttributeNames(names);
    }
    String table = read.table();
    return new BatchGetStream(
        table,
        keys,
        template.build(),
        chunk -> {
          control.checkpoint();
          BatchGetItemResponse response =
              call(
                  "BatchGetItem on table '" + table + "'",
                  () ->
                      client.batchGetItem(
                          b ->
                              b.requestItems(Map.of(table, chunk))
                                  .overrideConfiguration(timeout(control))));
          control.recordItemsRead(response.responses().getOrDefault(table, List.of()).size());
          control.checkBudget();
          return response;
        },
        settings.maxRetries());
  }

  @Override
  public ItemStream query(QueryRead read, ReadControl control) throws SQLException {
    QueryRequest.Builder base =
        QueryRequest.builder()
            .tableName(read.table())
            .keyConditionExpression(read.keyCondition())
            .scanIndexForward(read.scanForward())
            .consistentRead(read.consistentRead());
    read.index().ifPresent(base::indexName);
    read.filter().ifPresent(base::filterExpression);
    read.projection().ifPresent(base::projectionExpression);
    read.limit().ifPresent(base::limit);
    parameters(read.parameters(), base::expressionAttributeNames, base::expressionAttributeValues);
    QueryRequest template = base.build();
    String what = describeCall("Query", read.table(), read.index());
    PageSource pages =
        pages(
            what,
            control,
            ItemView::new,
            (start, timeout) -> {
              QueryResponse r =
                  client.query(
                      template.toBuilder()
                          .exclusiveStartKey(start)
                          .overrideConfiguration(timeout)
                          .build());
              return new Answer(r.scannedCount(), r.items(), r.lastEvaluatedKey());
            });
    return new PagedItemStream(pages, startKey(read.exclusiveStartKey()));
  }

  @Override
  public ItemStream scan(ScanRead read, ReadControl control) throws SQLException {
    if (read.segments() < 1) {
      throw SqlState.GENERAL_ERROR.exception("A scan needs at least one segment");
    }
    if (read.segments() > 1 && read.exclusiveStartKey().isPresent()) {
      throw SqlState.GENERAL_ERROR.exception(
          "A parallel scan cannot resume from a key; only a one-segment scan can");
    }
    ScanRequest.Builder base =
        ScanRequest.builder().tableName(read.table()).consistentRead(read.consistentRead());
    read.index().ifPresent(base::indexName);
    read.filter().ifPresent(base::filterExpression);
    read.projection().ifPresent(base::projectionExpression);
    read.limit().ifPresent(base::limit);
    parameters(read.parameters(), base::expressionAttributeNames, base::expressionAttributeValues);
    ScanRequest template = base.build();
    String what = describeCall("Scan", read.table(), read.index());
    if (read.segments() == 1) {
      return new PagedItemStream(
          scanPages(template, what, control, ItemView::new), startKey(read.exclusiveStartKey()));
    }
    int segments = read.segments();
    return new ParallelScanStream(
        read.table(),
        segments,
        segment ->
            scanPages(
                template.toBuilder().segment(segment).totalSegments(segments).build(),
                what + " segment " + segment,
                control,
                // Converted on the segment's thread: the one reader would otherwise convert
                // every segment's items alone.
                AttributeValues::toItem));
  }

  private PageSource scanPages(
      ScanRequest request,
      String what,
      ReadControl control,
      Function<Map<String, AttributeValue>, Map<String, Object>> items) {
    return pages(
        what,
        control,
        items,
        (start, timeout) -> {
          ScanResponse r =
              client.scan(
                  request.toBuilder()
                      .exclusiveStartKey(start)
                      .overrideConfiguration(timeout)
                      .build());
          return new Answer(r.scannedCount(), r.items(), r.lastEvaluatedKey());
        });
  }

  /** A Query or Scan answer, whichever it came from. */
  private record Answer(
      Integer scannedCount,
      List<Map<String, AttributeValue>> items,
      Map<String, AttributeValue> lastEvaluatedKey) {}

  /** Sends one Query or Scan request from a start key (null: the beginning). */
  @FunctionalInterface
  private interface PageCall {
    Answer send(Map<String, AttributeValue> start, AwsRequestOverrideConfiguration timeout);
  }

  /**
   * The pages of a Query or Scan: each request after the statement's checkpoint, each answer's
   * ScannedCount recorded in the control (and checked against the budget); items in the value model
   * by {@code items}.
   */
  private PageSource pages(
      String what,
      ReadControl control,
      Function<Map<String, AttributeValue>, Map<String, Object>> items,
      PageCall call) {
    return start -> {
      control.checkpoint();
      Answer answer = call(what, () -> call.send(start.isEmpty() ? null : start, timeout(control)));
      long scanned = answer.scannedCount() == null ? answer.items().size() : answer.scannedCount();
      control.recordItemsRead(scanned);
      control.checkBudget();
      return new Page(
          answer.items().stream().map(items).toList(),
          answer.lastEvaluatedKey() == null ? Map.of() : answer.lastEvaluatedKey());
    };
  }

  private static String describeCall(String operation, String table, Optional<String> index) {
    return operation
        + " of table '"
        + table
        + "'"
        + index.map(i -> " index '" + i + "'").orElse("");
  }

  private static Map<String, AttributeValue> startKey(Optional<Map<String, Object>> key)
      throws SQLException {
    return key.isEmpty() ? Map.of() : attributes(key.get());
  }

  private static void parameters(
      ExpressionParameters parameters,
      Consumer<Map<String, String>> names,
      Consumer<Map<String, AttributeValue>> values)
      throws SQLException {
    // DynamoDB refuses empty placeholder maps.
    if (!parameters.names().isEmpty()) {
      names.accept(parameters.names());
    }
    if (!parameters.values().isEmpty()) {
      values.accept(attributes(parameters.values()));
    }
  }

  private static Map<String, AttributeValue> attributes(Map<String, Object> values)
      throws SQLException {
    try {
      return AttributeValues.toAttributes(values);
    } catch (IllegalArgumentException e) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception(e.getMessage(), e);
    }
  }

  /**
   * The statement's remaining time as the call timeout when it is shorter than the client's, else
   * null: no per-request override for the SDK to merge.
   */
  private AwsRequestOverrideConfiguration timeout(ReadControl control) {
    long remaining = control.remainingMillis();
    if (remaining >= settings.requestTimeout().toMillis()) {
      return null;
    }
    return AwsRequestOverrideConfiguration.builder()
        .apiCallTimeout(Duration.ofMillis(Math.max(1, remaining)))
        .build();
  }

  private <T> T call(String what, Supplier<T> request) throws SQLException {
    try {
      return request.get();
    } catch (SdkException e) {
      throw failures.translate(what, e);
    } catch (IllegalArgumentException e) {
      throw SqlState.GENERAL_ERROR.exception("DynamoDB " + what + " failed: " + e.getMessage(), e);
    }
  }

  /** Closes the SDK client; only for instances no connection uses any more. */
  @Override
  public void close() {
    SHARED.remove(settings, this);
    client.close();
    probe.close();
    resources.forEach(SdkAutoCloseable::close);
  }
}

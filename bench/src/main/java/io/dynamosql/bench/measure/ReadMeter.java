package io.dynamosql.bench.measure;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Counts every DynamoDB call of every SDK client in this JVM, the driver's included, and the items
 * DynamoDB read for it. The SDK loads it as a global interceptor (listed in {@code
 * software/amazon/awssdk/global/handlers/execution.interceptors}) and creates one instance per
 * client by reflection, which is why the counts are static: one meter for the whole process, read
 * as differences ({@link Reading#since}). It only observes; it changes no request.
 */
public final class ReadMeter implements ExecutionInterceptor {

  private static final Map<String, LongAdder> CALLS = new ConcurrentHashMap<>();
  private static final LongAdder ITEMS_READ = new LongAdder();
  private static final LongAdder PARTIQL_ITEMS = new LongAdder();

  /** The counts so far. */
  public static Reading now() {
    Map<String, Long> calls = new TreeMap<>();
    CALLS.forEach((operation, count) -> calls.put(operation, count.sum()));
    return new Reading(calls, ITEMS_READ.sum(), PARTIQL_ITEMS.sum());
  }

  @Override
  public void afterExecution(
      Context.AfterExecution context, ExecutionAttributes executionAttributes) {
    String operation = executionAttributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    CALLS.computeIfAbsent(operation, o -> new LongAdder()).increment();
    SdkResponse response = context.response();
    if (response instanceof QueryResponse query) {
      ITEMS_READ.add(query.scannedCount());
    } else if (response instanceof ScanResponse scan) {
      ITEMS_READ.add(scan.scannedCount());
    } else if (response instanceof GetItemResponse get) {
      ITEMS_READ.add(get.hasItem() && !get.item().isEmpty() ? 1 : 0);
    } else if (response instanceof BatchGetItemResponse batch) {
      batch.responses().values().forEach(items -> ITEMS_READ.add(items.size()));
    } else if (response instanceof ExecuteStatementResponse partiql) {
      PARTIQL_ITEMS.add(partiql.items().size());
    }
  }
}

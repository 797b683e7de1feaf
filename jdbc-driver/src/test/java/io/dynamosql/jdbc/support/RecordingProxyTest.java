package io.dynamosql.jdbc.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.fixture.DynamoDbLocal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The witness itself: an SDK client sent through the proxy sees DynamoDB's answers unchanged, and
 * the proxy counts what DynamoDB read and notices a write.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordingProxyTest {

  private DemoDynamoDb dynamo;
  private DynamoDbClient throughProxy;

  @BeforeAll
  void start() {
    dynamo = DemoDynamoDb.start();
    throughProxy =
        DynamoDbClient.builder()
            .endpointOverride(dynamo.proxy().endpoint())
            .region(Region.of(DynamoDbLocal.REGION))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(DynamoDbLocal.ACCESS_KEY, DynamoDbLocal.SECRET_KEY)))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  @AfterAll
  void stop() {
    throughProxy.close();
    dynamo.close();
  }

  @Test
  void countsWhatEachReadEvaluated() {
    int mark = dynamo.proxy().mark();
    throughProxy.getItem(b -> b.tableName("customers").key(key("customer_id", "c001")));
    int c001Orders =
        throughProxy
            .query(
                b ->
                    b.tableName("orders")
                        .keyConditionExpression("customer_id = :c")
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("c001"))))
            .count();
    int scanned =
        throughProxy
            .scan(
                b ->
                    b.tableName("products")
                        .filterExpression("category = :c")
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("books"))))
            .scannedCount();
    throughProxy.batchGetItem(
        b ->
            b.requestItems(
                Map.of(
                    "customers",
                    KeysAndAttributes.builder()
                        .keys(key("customer_id", "c002"), key("customer_id", "zzz"))
                        .build())));

    List<DynamoDbCall> calls = dynamo.proxy().callsSince(mark);
    assertEquals(
        List.of("GetItem", "Query", "Scan", "BatchGetItem"),
        calls.stream().map(DynamoDbCall::operation).toList());
    assertEquals(1, calls.get(0).itemsRead());
    assertEquals(c001Orders, calls.get(1).itemsRead());
    assertEquals("orders", calls.get(1).table().orElseThrow());
    assertEquals(40, scanned);
    assertEquals(40, calls.get(2).itemsRead());
    assertEquals(10, calls.get(2).itemsReturned());
    assertEquals(1, calls.get(3).itemsRead(), "one of the two keys exists");
    assertTrue(calls.stream().allMatch(DynamoDbCall::isRead));
  }

  @Test
  void noticesAWrite() {
    int mark = dynamo.proxy().mark();
    throughProxy.putItem(b -> b.tableName("products").item(key("sku", "p999")));
    List<DynamoDbCall> calls = dynamo.proxy().callsSince(mark);
    assertEquals(1, calls.size());
    assertEquals("PutItem", calls.get(0).operation());
    assertTrue(dynamo.proxy().nonReadCalls().contains(calls.get(0)));
    throughProxy.deleteItem(b -> b.tableName("products").key(key("sku", "p999")));
  }

  private static Map<String, AttributeValue> key(String name, String value) {
    return Map.of(name, AttributeValue.fromS(value));
  }
}

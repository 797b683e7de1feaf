package io.dynamosql.jdbc.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.fixture.DynamoDbLocal;
import io.dynamosql.jdbc.support.DemoDynamoDb;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.Crc32MismatchException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/**
 * The fault proxy itself: each fault looks to the AWS SDK like the real failure (the exception
 * DynamoDB's own answer produces, retried or not as the SDK retries the real thing), and a fault
 * that runs out lets the call through unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultProxyTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(30);
  private static final Map<String, AttributeValue> C001 =
      Map.of("customer_id", AttributeValue.fromS("c001"));

  private DemoDynamoDb dynamo;
  private FaultProxy proxy;

  @BeforeAll
  void start() {
    dynamo = DemoDynamoDb.start();
    proxy = FaultProxy.start(dynamo.local().endpoint());
  }

  @AfterEach
  void clearFaults() {
    proxy.clear();
  }

  @AfterAll
  void stop() {
    proxy.close();
    dynamo.close();
  }

  @Test
  void aThrottledCallIsRetriedAndThenSucceeds() {
    proxy.inject(new Fault.Throttle(), "GetItem", 2);
    try (DynamoDbClient client = client(3, Duration.ofSeconds(20))) {
      GetItemResponse answer = assertTimeoutPreemptively(HANG_GUARD, () -> getC001(client));
      assertEquals("c001", answer.item().get("customer_id").s());
    }
    assertEquals(3, proxy.attempts("GetItem"));
    assertEquals(2, proxy.faulted("GetItem"));
  }

  @Test
  void persistentThrottlingIsTheSdksThrottlingException() {
    proxy.injectAlways(new Fault.Throttle(), "GetItem");
    try (DynamoDbClient client = client(2, Duration.ofSeconds(20))) {
      ProvisionedThroughputExceededException throttled =
          assertThrows(
              ProvisionedThroughputExceededException.class,
              () -> assertTimeoutPreemptively(HANG_GUARD, () -> getC001(client)));
      assertTrue(throttled.isThrottlingException());
      assertEquals(400, throttled.statusCode());
    }
    assertEquals(2, proxy.attempts("GetItem"));
  }

  @Test
  void serverErrorsCarryTheirStatusAndAreRetried() {
    for (int status : new int[] {500, 503}) {
      proxy.clear();
      proxy.injectAlways(new Fault.ServerError(status), "GetItem");
      try (DynamoDbClient client = client(3, Duration.ofSeconds(20))) {
        DynamoDbException failed =
            assertThrows(
                DynamoDbException.class,
                () -> assertTimeoutPreemptively(HANG_GUARD, () -> getC001(client)));
        assertEquals(status, failed.statusCode());
      }
      assertEquals(3, proxy.attempts("GetItem"), "HTTP " + status + " is retried");
    }
  }

  @Test
  void accessDeniedIsNotRetried() {
    proxy.injectAlways(new Fault.AccessDenied(), "GetItem");
    try (DynamoDbClient client = client(3, Duration.ofSeconds(20))) {
      DynamoDbException denied = assertThrows(DynamoDbException.class, () -> getC001(client));
      assertEquals("AccessDeniedException", denied.awsErrorDetails().errorCode());
    }
    assertEquals(1, proxy.attempts("GetItem"));
  }

  @Test
  void aDroppedConnectionIsAnIoFailureThatIsRetried() {
    proxy.injectAlways(new Fault.Drop(), "GetItem");
    try (DynamoDbClient client = client(2, Duration.ofSeconds(20))) {
      assertThrows(
          SdkClientException.class,
          () -> assertTimeoutPreemptively(HANG_GUARD, () -> getC001(client)));
    }
    assertTrue(proxy.attempts("GetItem") >= 2, "retried: " + proxy.attempts());
    proxy.clear();
    proxy.inject(new Fault.Drop(), "GetItem", 1);
    try (DynamoDbClient client = client(2, Duration.ofSeconds(20))) {
      assertEquals("c001", getC001(client).item().get("customer_id").s());
    }
  }

  /**
   * A body cut short is caught by the CRC32 DynamoDB sends in {@code x-amz-crc32}, and the SDK
   * (2.54) gives up on it without retrying: the driver cannot count on maxRetries here.
   */
  @Test
  void aTruncatedBodyFailsItsChecksumAndIsNotRetriedByTheSdk() {
    proxy.inject(new Fault.Truncate(), "GetItem", 1);
    try (DynamoDbClient client = client(3, Duration.ofSeconds(20))) {
      Crc32MismatchException cut =
          assertThrows(
              Crc32MismatchException.class,
              () -> assertTimeoutPreemptively(HANG_GUARD, () -> getC001(client)));
      assertTrue(cut.getMessage().contains("Crc32"), cut.getMessage());
    }
    assertEquals(1, proxy.attempts("GetItem"));
  }

  @Test
  void aSlowAnswerRunsIntoTheCallTimeout() {
    proxy.injectAlways(new Fault.Slow(Duration.ofSeconds(5)), "GetItem");
    try (DynamoDbClient client = client(1, Duration.ofMillis(500))) {
      assertThrows(
          ApiCallTimeoutException.class,
          () -> assertTimeoutPreemptively(HANG_GUARD, () -> getC001(client)));
    }
  }

  @Test
  void faultsCanStartAfterSomeCallsPassed() {
    proxy.injectAfter(2, new Fault.ServerError(500), "GetItem", 1);
    try (DynamoDbClient client = client(1, Duration.ofSeconds(20))) {
      getC001(client);
      getC001(client);
      assertThrows(DynamoDbException.class, () -> getC001(client));
      getC001(client);
    }
    assertEquals(1, proxy.faulted("GetItem"));
    assertEquals(4, proxy.attempts("GetItem"));
  }

  private static GetItemResponse getC001(DynamoDbClient client) {
    return client.getItem(b -> b.tableName("customers").key(C001));
  }

  private DynamoDbClient client(int maxAttempts, Duration callTimeout) {
    return DynamoDbClient.builder()
        .endpointOverride(proxy.endpoint())
        .region(Region.of(DynamoDbLocal.REGION))
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(DynamoDbLocal.ACCESS_KEY, DynamoDbLocal.SECRET_KEY)))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(
            o ->
                o.apiCallTimeout(callTimeout)
                    .retryStrategy(
                        AwsRetryStrategy.standardRetryStrategy().toBuilder()
                            .maxAttempts(maxAttempts)
                            .build()))
        .build();
  }
}

package io.dynamosql.jdbc.support;

import io.dynamosql.fixture.DemoDataset;
import io.dynamosql.fixture.DynamoDbLocal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB Local with the demo dataset loaded, seen by the driver through a {@link RecordingProxy}.
 * One per test class: start it in {@code @BeforeAll}, close it in {@code @AfterAll}.
 */
public final class DemoDynamoDb implements AutoCloseable {

  private final DynamoDbLocal local;
  private final DynamoDbClient client;
  private final RecordingProxy proxy;

  private DemoDynamoDb(DynamoDbLocal local, DynamoDbClient client, RecordingProxy proxy) {
    this.local = local;
    this.client = client;
    this.proxy = proxy;
  }

  /** Starts DynamoDB Local, loads the demo dataset and starts the proxy in front of it. */
  public static DemoDynamoDb start() {
    DynamoDbLocal local = DynamoDbLocal.start();
    DynamoDbClient client = local.client();
    DemoDataset.create().load(client);
    return new DemoDynamoDb(local, client, RecordingProxy.start(local.endpoint()));
  }

  /**
   * The driver URL, pointing at the proxy (the fixture's URL with the proxy's endpoint), with the
   * local static keys: DynamoDB Local accepts any signed request, and a test must not depend on AWS
   * credentials of the machine it runs on.
   */
  public String jdbcUrl() {
    String direct = local.jdbcUrl();
    String endpoint = local.endpoint().toString();
    if (!direct.contains(endpoint)) {
      throw new IllegalStateException("the fixture's URL does not name its endpoint: " + direct);
    }
    return direct.replace(endpoint, proxy.endpoint().toString())
        + ";user="
        + DynamoDbLocal.ACCESS_KEY
        + ";password="
        + DynamoDbLocal.SECRET_KEY;
  }

  /** A new driver connection through the proxy; the caller closes it. */
  public Connection connection() throws SQLException {
    return DriverManager.getConnection(jdbcUrl());
  }

  public RecordingProxy proxy() {
    return proxy;
  }

  /** An SDK client straight to DynamoDB Local (not through the proxy), for checking data. */
  public DynamoDbClient client() {
    return client;
  }

  public DynamoDbLocal local() {
    return local;
  }

  /** Every item of every table as DynamoDB holds it now, read with a direct Scan. */
  public Map<String, List<Map<String, AttributeValue>>> snapshot() {
    Map<String, List<Map<String, AttributeValue>>> tables = new LinkedHashMap<>();
    for (String table : client.listTables().tableNames()) {
      tables.put(
          table,
          client.scanPaginator(b -> b.tableName(table).consistentRead(true)).items().stream()
              .toList());
    }
    return tables;
  }

  @Override
  public void close() {
    proxy.close();
    client.close();
    local.close();
  }
}
